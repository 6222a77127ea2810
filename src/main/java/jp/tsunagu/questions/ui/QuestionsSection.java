package jp.tsunagu.questions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.questions.QuestionRow;
import jp.tsunagu.questions.QuestionService;
import jp.tsunagu.questions.QuestionState;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/**
 * Questions and answers on the deal page and its tasks: the open ones first (the director answers or puts
 * them to the customer), then the FAQ, then a box to ask.
 */
@org.springframework.stereotype.Component
class QuestionsSection implements DealPageSection {

    private static final Set<DealStage> ON_TASKS =
            EnumSet.of(DealStage.REQUIREMENTS, DealStage.HANDOVER, DealStage.ASSIGNMENT, DealStage.TRIAL);

    private final QuestionService questions;
    private final CurrentUser currentUser;

    private final DocumentService documents;

    QuestionsSection(QuestionService questions, CurrentUser currentUser, DocumentService documents) {
        this.documents = documents;
        this.questions = questions;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public boolean showOnTask(DealStage stage) {
        return ON_TASKS.contains(stage);
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.addClassName("questions-section");
        section.setId("questions");
        fill(section, deal);
        return section;
    }

    private void fill(Div section, DealDetails deal) {
        section.removeAll();
        List<QuestionRow> all = questions.of(deal.id());
        List<QuestionRow> open =
                all.stream().filter(q -> q.state() != QuestionState.ANSWERED).toList();
        List<QuestionRow> answered =
                all.stream().filter(q -> q.state() == QuestionState.ANSWERED).toList();
        section.add(new H3(section.getTranslation("question.title", open.size())));
        boolean director = currentUser.hasRole(AppRoles.DIRECTOR);
        boolean dealOpen = deal.status() == DealStatus.OPEN;
        Div openList = new Div();
        openList.setId("open-questions");
        if (open.isEmpty()) {
            openList.add(new Paragraph(section.getTranslation("question.noneOpen")));
        }
        // Putting a question to the customer pauses the deal's SLA, so the whole page shows the change.
        Runnable refreshPage = () -> UI.getCurrent().refreshCurrentRoute(false);
        boolean answers = dealOpen && questions.canAnswer(deal.id());
        open.forEach(q -> openList.add(QuestionList.card(q, answers, questions, refreshPage, documents)));
        section.add(openList);
        section.add(new H4(section.getTranslation("faq.title")));
        section.add(QuestionList.faq(answered));
        if (dealOpen && (director || currentUser.hasRole(AppRoles.INTERMEDIARY))) {
            section.add(QuestionList.askForm(questions, deal.id(), () -> fill(section, deal)));
        }
    }
}
