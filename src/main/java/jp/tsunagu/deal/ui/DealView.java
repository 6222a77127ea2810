package jp.tsunagu.deal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealPriorities;
import jp.tsunagu.deal.DealPriority;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.LostReasons;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;

/** One deal: where it stands in the pipeline, its data, and what other features show of it. */
@Route("deals/:dealId")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class DealView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DealService deals;
    private final DealPriorities priorities;
    private final UserDirectory users;
    private final LostReasons lostReasons;
    private final CurrentUser currentUser;
    private final List<DealPageSection> sections;
    private String title = "";

    DealView(
            DealService deals,
            DealPriorities priorities,
            UserDirectory users,
            LostReasons lostReasons,
            CurrentUser currentUser,
            List<DealPageSection> sections) {
        this.currentUser = currentUser;
        this.deals = deals;
        this.priorities = priorities;
        this.users = users;
        this.lostReasons = lostReasons;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(DealPageSection::order))
                .toList();
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
        HorizontalLayout head = new HorizontalLayout(
                heading,
                Badges.of(
                        getTranslation("status." + deal.status()),
                        "status-" + deal.status().name().toLowerCase()));
        if (deal.priority() == DealPriority.URGENT) {
            var urgent = Badges.of(getTranslation("deal.priority.URGENT"), "overdue");
            urgent.setId("deal-urgent");
            head.add(urgent);
        }
        head.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        // The title and a row of the page's sections stay at the top while the page scrolls: every section is one
        // click away on a page that runs to several screens.
        Div jump = new Div();
        jump.addClassName("deal-jump");
        jump.setId("deal-sections");
        Div header = new Div(head, jump);
        header.addClassName("deal-header");
        add(header, stepper(deal), facts(deal));
        if (deal.status() == DealStatus.OPEN) {
            Button owners = new Button(getTranslation("deal.owners.change"), e -> ownersDialog(deal));
            owners.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            owners.setId("change-owners");
            HorizontalLayout actions = new HorizontalLayout(owners);
            if (currentUser.hasRole(AppRoles.DIRECTOR) || currentUser.hasRole(AppRoles.SUPERVISOR)) {
                Button priority = new Button(getTranslation("deal.priority.change"), e -> new DealPriorityDialog(
                                deal, priorities, () -> deals.details(deal.id()).ifPresent(this::show))
                        .open());
                priority.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                priority.setId("change-priority");
                actions.add(priority);
            }
            actions.setSpacing(false);
            actions.getStyle().set("flex-wrap", "wrap");
            add(actions);
        }
        for (DealPageSection section : sections) {
            Component shown = section.create(deal);
            shown.addClassName("deal-section");
            add(shown);
            headingOf(shown).ifPresent(text -> {
                Button to = new Button(text, e -> shown.getElement().callJsFunction("scrollIntoView"));
                to.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                to.addClassName("deal-jump-button");
                jump.add(to);
            });
        }
        jump.setVisible(jump.getChildren().count() > 1);
    }

    /** A section's own heading (its first h3, one or two levels down), the label of its button in the header. */
    private static Optional<String> headingOf(Component section) {
        return section.getChildren()
                .flatMap(c -> Stream.concat(Stream.of(c), c.getChildren()))
                .filter(c -> c instanceof H3)
                .map(c -> ((H3) c).getText())
                .filter(t -> t != null && !t.isBlank())
                .findFirst();
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
        facts.fact("deal.priority", getTranslation("deal.priority." + deal.priority()));
        facts.fact("deal.stage", getTranslation("stage." + deal.stage()));
        facts.fact("deal.director", users.displayName(deal.director()));
        facts.fact("deal.intermediary", deal.intermediary() == null ? "—" : users.displayName(deal.intermediary()));
        if (deal.nextContactOn() != null) {
            facts.fact("deal.nextContact", Formats.date(deal.nextContactOn()));
        }
        if (deal.lostReason() != null) {
            String reason = lostReasons
                            .find(deal.lostReason())
                            .map(r -> r.label(getLocale()))
                            .orElse(deal.lostReason())
                    + (deal.lostNote() == null ? "" : "（" + deal.lostNote() + "）");
            facts.fact("deal.lostReason", reason);
        }
        facts.fact("deal.createdAt", Formats.dateTime(deal.createdAt()));
        if (deal.closedAt() != null) {
            facts.fact("deal.closedAt", Formats.dateTime(deal.closedAt()));
        }
        return facts;
    }

    /** Names the owner on each side; each side may change its own, a supervisor both. */
    private void ownersDialog(DealDetails deal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("deal.owners.change"));
        var directors = users.withRole(AppRoles.DIRECTOR);
        var intermediaries = users.withRole(AppRoles.INTERMEDIARY);
        ComboBox<Map.Entry<String, String>> director = new ComboBox<>(getTranslation("deal.director"), directors);
        director.setItemLabelGenerator(Map.Entry::getValue);
        directors.stream()
                .filter(d -> d.getKey().equals(deal.director()))
                .findFirst()
                .ifPresent(director::setValue);
        director.setId("owner-director");
        ComboBox<Map.Entry<String, String>> intermediary =
                new ComboBox<>(getTranslation("deal.intermediary"), intermediaries);
        intermediary.setItemLabelGenerator(Map.Entry::getValue);
        intermediary.setClearButtonVisible(true);
        intermediaries.stream()
                .filter(d -> d.getKey().equals(deal.intermediary()))
                .findFirst()
                .ifPresent(intermediary::setValue);
        intermediary.setId("owner-intermediary");
        boolean supervisor = currentUser.hasRole(AppRoles.SUPERVISOR);
        director.setReadOnly(!supervisor && !currentUser.hasRole(AppRoles.DIRECTOR));
        intermediary.setReadOnly(!supervisor && !currentUser.hasRole(AppRoles.INTERMEDIARY));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (director.getValue() == null) {
                director.setInvalid(true);
                director.setErrorMessage(getTranslation("deal.owner.director.invalid"));
                return;
            }
            if (!Refusals.attempt(
                    Map.of("director", director, "intermediary", intermediary),
                    this,
                    () -> deals.setOwners(
                            deal.id(),
                            deal.version(),
                            director.getValue().getKey(),
                            intermediary.getValue() == null
                                    ? null
                                    : intermediary.getValue().getKey()))) {
                return;
            }
            Notifications.success(getTranslation("deal.owners.saved"));
            dialog.close();
            deals.details(deal.id()).ifPresent(this::show);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-owners");
        dialog.add(new FormLayout(director, intermediary));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
