package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.assignment.Job;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/** The facility portal: the jobs confirmed for this facility, and a way to its own survey. */
@Route("portal/jobs")
@Menu(order = 6, icon = "vaadin:clipboard-check", title = "nav.portalJobs")
@RolesAllowed(AppRoles.FACILITY)
class JobsPortalView extends VerticalLayout implements HasDynamicTitle {

    JobsPortalView(AssignmentService assignments, CurrentUser currentUser) {
        Grid<Job> grid = new Grid<>();
        grid.setId("my-jobs");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Job::dealTitle).setHeader(getTranslation("deal.title")).setFlexGrow(2);
        grid.addColumn(a -> String.format("%,d", a.quantity())).setHeader(getTranslation("assignment.share.quantity"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(Job::hoursPerMonth).setHeader(getTranslation("assignment.share.hours"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> Formats.date(a.startOn()) + " – " + Formats.date(a.endOn()))
                .setHeader(getTranslation("offer.period"));
        grid.setItems(assignments.mine());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("offer.noJobs"));
        add(grid);
        currentUser.facilityId().ifPresent(id -> {
            Anchor survey = new Anchor("facilities/" + id, getTranslation("offer.mySurvey"));
            survey.setId("my-survey");
            add(survey);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portalJobs");
    }
}
