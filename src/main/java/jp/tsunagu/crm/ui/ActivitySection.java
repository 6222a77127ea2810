package jp.tsunagu.crm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.crm.ActivityService;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.pipeline.NurtureTimer;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/** The deal's activity log and next contact, on the deal page and on its nurturing and requirements tasks. */
@org.springframework.stereotype.Component
class ActivitySection implements DealPageSection {

    private static final Set<DealStage> ON_TASKS = EnumSet.of(DealStage.LEAD, DealStage.REQUIREMENTS);

    private final ActivityService activities;
    private final DealService deals;
    private final NurtureTimer nurture;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActivitySection(
            ActivityService activities, DealService deals, NurtureTimer nurture, CurrentUser currentUser, Clock clock) {
        this.activities = activities;
        this.deals = deals;
        this.nurture = nurture;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public boolean showOnTask(DealStage stage) {
        return ON_TASKS.contains(stage);
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.addClassName("activity-section");
        section.setId("activities");
        section.add(new H3(section.getTranslation("activity.title")));
        Div next = new Div();
        next.addClassName("next-contact");
        section.add(next);
        showNextContact(next, deal);
        boolean canLog = deal.status() == DealStatus.OPEN
                && (currentUser.hasRole(AppRoles.DIRECTOR) || currentUser.hasRole(AppRoles.INTERMEDIARY));
        Locale locale =
                UI.getCurrent() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
        section.add(new ActivityLog(
                        activities,
                        deal.customerId(),
                        deal.id(),
                        () -> activities.ofDeal(deal.id()),
                        false,
                        canLog,
                        clock,
                        locale)
                .onLogged(() -> deals.details(deal.id()).ifPresent(d -> showNextContact(next, d))));
        return section;
    }

    /** The deal's next contact: missing or overdue in red; while it waits in nurturing, when it comes back. */
    private void showNextContact(Div box, DealDetails deal) {
        box.removeAll();
        if (deal.status() != DealStatus.OPEN) {
            return;
        }
        Span next;
        if (deal.nextContactOn() == null) {
            next = Badges.of(box.getTranslation("activity.noNextContact"), "overdue");
        } else if (deal.nextContactOn().isBefore(LocalDate.now(clock))) {
            next = Badges.of(
                    box.getTranslation("activity.nextContactOverdue", Formats.date(deal.nextContactOn())), "overdue");
        } else {
            next = Badges.of(box.getTranslation("activity.nextContact", Formats.date(deal.nextContactOn())), "due");
        }
        next.setId("next-contact-badge");
        box.add(next);
        nurture.waitingUntil(deal.id()).ifPresent(until -> {
            Span waiting = new Span(box.getTranslation("activity.waitingUntil", Formats.dateTime(until)));
            waiting.addClassName("muted");
            box.add(waiting);
            if (currentUser.hasRole(AppRoles.DIRECTOR)) {
                Button now = new Button(box.getTranslation("activity.resumeNow"), e -> {
                    nurture.resumeNow(deal.id());
                    Notifications.success(box.getTranslation("activity.resumed"));
                    UI.getCurrent().navigate("tasks");
                });
                now.addThemeVariants(ButtonVariant.LUMO_SMALL);
                now.setId("resume-now");
                box.add(now);
            }
        });
    }
}
