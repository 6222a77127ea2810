package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.util.List;
import jp.tsunagu.assignment.AnswerForecast;
import jp.tsunagu.assignment.AssignedFacility;
import jp.tsunagu.assignment.AssignmentSearches;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.assignment.Matching;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.WageTierOutlook;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/** On the deal page: the facilities confirmed for it, or, at the assignment stage, the staff's workspace. */
@org.springframework.stereotype.Component
class AssignmentSection implements DealPageSection {

    private final AssignmentService assignments;
    private final Matching matching;
    private final FacilityService facilities;
    private final OfferService offers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AssignmentSearches searches;
    private final WageTierOutlook outlook;
    private final AnswerForecast forecast;

    AssignmentSection(
            AssignmentService assignments,
            Matching matching,
            FacilityService facilities,
            OfferService offers,
            CurrentUser currentUser,
            Clock clock,
            AssignmentSearches searches,
            WageTierOutlook outlook,
            AnswerForecast forecast) {
        this.forecast = forecast;
        this.outlook = outlook;
        this.assignments = assignments;
        this.matching = matching;
        this.facilities = facilities;
        this.offers = offers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.searches = searches;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        List<AssignedFacility> confirmed = assignments.of(deal.id());
        if (!confirmed.isEmpty()) {
            section.add(new H3(section.getTranslation("assignment.confirmed.title")));
            UnorderedList list = new UnorderedList();
            list.setId("assigned-facilities");
            confirmed.forEach(a -> list.add(new ListItem(section.getTranslation(
                    "assignment.confirmed.row",
                    a.facilityName(),
                    String.format("%,d", a.quantity()),
                    a.hoursPerMonth(),
                    Formats.date(a.startOn()),
                    Formats.date(a.endOn())))));
            section.add(list);
        } else if (deal.status() == DealStatus.OPEN
                && deal.stage() == DealStage.ASSIGNMENT
                && currentUser.hasRole(AppRoles.INTERMEDIARY)) {
            section.add(new AssignmentWorkspace(
                    deal, matching, assignments, offers, searches, facilities.skills(), outlook, forecast, clock));
        }
        return section;
    }
}
