package jp.tsunagu.questions.ui;

import com.vaadin.flow.component.Component;
import jp.tsunagu.deal.FacilityDealSection;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.questions.QuestionService;

/** The questions on a facility's offer page, so that it asks before it answers. */
@org.springframework.stereotype.Component
class FacilityQuestionsSection implements FacilityDealSection {

    private final QuestionService questions;

    private final transient DocumentService documents;

    FacilityQuestionsSection(QuestionService questions, DocumentService documents) {
        this.documents = documents;
        this.questions = questions;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(long dealId) {
        FacilityQuestions section = new FacilityQuestions(questions, documents, dealId);
        section.setId("offer-questions");
        return section;
    }
}
