package jp.tsunagu.questions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.questions.QuestionService;
import jp.tsunagu.security.AppRoles;

/**
 * A facility's questions on a deal it was offered: the deal's FAQ (what earlier facilities asked and the
 * director answered), its own questions, and a box to ask. Another facility's deal is not found here.
 */
@Route("portal/deals/:dealId/questions")
@RolesAllowed(AppRoles.FACILITY)
class FacilityQuestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuestionService questions;
    private String title = "";

    private final transient DocumentService documents;

    FacilityQuestionsView(QuestionService questions, DocumentService documents) {
        this.documents = documents;
        this.questions = questions;
        addClassName("facility-questions-view");
        setMaxWidth("56em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long dealId;
        try {
            dealId = Long.parseLong(event.getRouteParameters().get("dealId").orElse(""));
            title = questions.titleForFacility(dealId);
        } catch (NumberFormatException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(dealId);
    }

    private void show(long dealId) {
        removeAll();
        add(new Anchor("portal/offers", "← " + getTranslation("nav.portalOffers")));
        H2 heading = new H2(title);
        heading.setId("deal-title");
        add(heading, new FacilityQuestions(questions, documents, dealId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("question.pageTitle", title);
    }
}
