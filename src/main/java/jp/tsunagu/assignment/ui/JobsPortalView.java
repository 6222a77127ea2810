package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.assignment.Job;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.FacilityDealSection;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/**
 * The facility portal: the jobs confirmed for this facility, current ones first with their batches to deliver (and a
 * form to report each delivery), finished ones apart; and a way to its own survey.
 */
@Route("portal/jobs")
@Menu(order = 6, icon = "vaadin:clipboard-check", title = "nav.portalJobs")
@RolesAllowed(AppRoles.FACILITY)
class JobsPortalView extends VerticalLayout implements HasDynamicTitle {

    final Div current = new Div();
    final Div finished = new Div();

    JobsPortalView(AssignmentService assignments, CurrentUser currentUser, List<FacilityDealSection> sections) {
        addClassName("jobs-portal");
        List<FacilityDealSection> onJobs = sections.stream()
                .filter(FacilityDealSection::onJobs)
                .sorted(Comparator.comparingInt(FacilityDealSection::order))
                .toList();
        List<Job> jobs = assignments.mine();
        current.setId("my-jobs");
        current.addClassName("offer-cards");
        finished.setId("finished-jobs");
        finished.addClassName("offer-cards");
        jobs.stream().filter(Job::current).forEach(j -> current.add(card(j, onJobs)));
        if (current.getComponentCount() == 0) {
            current.add(new Paragraph(getTranslation("offer.noJobs")));
        }
        add(current);
        List<Job> done = jobs.stream().filter(j -> !j.current()).toList();
        if (!done.isEmpty()) {
            add(new H2(getTranslation("jobs.finished")));
            done.forEach(j -> finished.add(card(j, List.of())));
            add(finished);
        }
        currentUser.facilityId().ifPresent(id -> {
            Anchor survey = new Anchor("facilities/" + id, getTranslation("offer.mySurvey"));
            survey.setId("my-survey");
            survey.addClassName("offer-links");
            add(survey);
        });
    }

    private Div card(Job j, List<FacilityDealSection> sections) {
        Div card = new Div();
        card.addClassName("offer-card");
        Span status = Badges.of(
                j.current() ? getTranslation("stage." + j.stage()) : getTranslation("jobs.status." + j.status()),
                j.current() ? "due" : "status-completed");
        H2 title = new H2(j.dealTitle());
        Paragraph terms = new Paragraph(getTranslation(
                "jobs.terms",
                String.format("%,d", j.quantity()),
                j.hoursPerMonth(),
                Formats.date(j.startOn()),
                Formats.date(j.endOn())));
        terms.addClassName("muted");
        card.add(status, title, terms);
        sections.forEach(s -> card.add(s.create(j.dealId())));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portalJobs");
    }
}
