package jp.tsunagu.deal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;

import java.util.Comparator;
import java.util.List;

/** One deal: where it stands in the pipeline, its data, and what other features show of it. */
@Route("deals/:dealId")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class DealView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DealService deals;
    private final UserDirectory users;
    private final List<DealPageSection> sections;
    private String title = "";

    DealView(DealService deals, UserDirectory users, List<DealPageSection> sections) {
        this.deals = deals;
        this.users = users;
        this.sections = sections.stream().sorted(Comparator.comparingInt(DealPageSection::order)).toList();
        addClassName("deal-view");
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("dealId").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        DealDetails deal = deals.details(id).orElse(null);
        if (deal == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(deal);
    }

    private void show(DealDetails deal) {
        removeAll();
        title = deal.title();
        H2 heading = new H2(deal.title());
        heading.setId("deal-title");
        HorizontalLayout head = new HorizontalLayout(heading, Badges.of(getTranslation("status." + deal.status()),
                "status-" + deal.status().name().toLowerCase()));
        head.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(head, stepper(deal), facts(deal));
        sections.forEach(s -> add(s.create(deal)));
    }

    /** The pipeline as a row of steps: done, current (or where it was lost), still to come. */
    private Div stepper(DealDetails deal) {
        Div steps = new Div();
        steps.addClassName("stepper");
        steps.setId("stage-stepper");
        DealStage current = deal.stage().step();
        for (DealStage step : DealStage.steps()) {
            Span s = new Span(getTranslation("stage." + step));
            s.addClassName("step");
            s.addClassName("party-" + step.party().name().toLowerCase());
            int cmp = Integer.compare(step.ordinal(), current.ordinal());
            if (cmp < 0 || deal.status() == DealStatus.COMPLETED) {
                s.addClassName("step-done");
            } else if (cmp == 0) {
                s.addClassName(deal.status() == DealStatus.LOST ? "step-lost" : "step-current");
            }
            steps.add(s);
        }
        return steps;
    }

    private Facts facts(DealDetails deal) {
        Facts facts = new Facts();
        facts.fact("deal.customer", deal.customerName());
        facts.fact("deal.category", getTranslation("category." + deal.category()));
        facts.fact("deal.orderType", getTranslation("orderType." + deal.orderType()));
        facts.fact("deal.monthlyAmount", Formats.yen(deal.monthlyAmount()));
        facts.fact("deal.stage", getTranslation("stage." + deal.stage()));
        facts.fact("deal.director", users.displayName(deal.director()));
        facts.fact("deal.intermediary", deal.intermediary() == null ? "—" : users.displayName(deal.intermediary()));
        if (deal.nextContactOn() != null) {
            facts.fact("deal.nextContact", Formats.date(deal.nextContactOn()));
        }
        if (deal.lostReason() != null) {
            String reason = getTranslation("lostReason." + deal.lostReason())
                    + (deal.lostNote() == null ? "" : "（" + deal.lostNote() + "）");
            facts.fact("deal.lostReason", reason);
        }
        facts.fact("deal.createdAt", Formats.dateTime(deal.createdAt()));
        if (deal.closedAt() != null) {
            facts.fact("deal.closedAt", Formats.dateTime(deal.closedAt()));
        }
        return facts;
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}
