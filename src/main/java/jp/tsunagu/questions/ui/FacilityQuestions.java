package jp.tsunagu.questions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.questions.QuestionRow;
import jp.tsunagu.questions.QuestionService;

/**
 * A facility's questions on a deal: the FAQ while its offer is live, its own questions always, and a box to ask.
 * On the offer page and on the questions page of its own.
 */
class FacilityQuestions extends Div {

    private final QuestionService questions;
    private final DocumentService documents;
    private final long dealId;

    FacilityQuestions(QuestionService questions, DocumentService documents, long dealId) {
        this.questions = questions;
        this.documents = documents;
        this.dealId = dealId;
        addClassName("facility-questions");
        show();
    }

    private void show() {
        removeAll();
        boolean open = questions.openToMe(dealId);
        if (open) {
            add(new H3(getTranslation("faq.title")), QuestionList.faq(questions.faq(dealId)));
        } else {
            Paragraph closed = new Paragraph(getTranslation("question.offerClosed"));
            closed.setId("offer-closed");
            add(closed);
        }
        List<QuestionRow> mine = questions.askedByMe(dealId);
        add(new H3(getTranslation("question.mine")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("question.mine.none")));
        }
        // Files go with a question while the facility is on the deal.
        DocumentService files = open && documents.mayOpen(dealId) ? documents : null;
        mine.forEach(q -> add(QuestionList.card(q, false, questions, this::show, files)));
        if (open) {
            add(QuestionList.askForm(questions, dealId, this::show));
        }
    }
}
