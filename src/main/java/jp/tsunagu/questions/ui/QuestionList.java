package jp.tsunagu.questions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.Party;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.documents.ui.DocumentsPanel;
import jp.tsunagu.questions.QuestionRow;
import jp.tsunagu.questions.QuestionService;
import jp.tsunagu.questions.QuestionState;

/** Questions as cards: who asked what and when, where it stands, and the answer once there is one. */
final class QuestionList {

    private QuestionList() {}

    /** The ask box: a question with no text is refused beside the field, nothing sent. */
    static Div askForm(QuestionService questions, long dealId, Runnable onAsked) {
        TextArea text = new TextArea();
        text.setLabel(text.getTranslation("question.ask.label"));
        text.setPlaceholder(text.getTranslation("question.ask.placeholder"));
        text.setMaxLength(QuestionService.TEXT_MAX);
        text.setWidthFull();
        text.setId("question-text");
        Button ask = new Button(text.getTranslation("question.ask"), e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(text.getTranslation("question.text.required"));
                return;
            }
            if (!Refusals.attempt(Map.of("text", text), text, () -> questions.ask(dealId, text.getValue()))) {
                return;
            }
            Notifications.success(text.getTranslation("question.asked"));
            text.clear();
            text.setInvalid(false);
            onAsked.run();
        });
        ask.setId("ask-question");
        Div box = new Div(text, ask);
        box.addClassName("question-ask");
        return box;
    }

    static Div card(QuestionRow q, boolean canAnswer, QuestionService questions, Runnable onChange) {
        return card(q, canAnswer, questions, onChange, null);
    }

    /**
     * A question's card with its files (a photo of the problem, the customer's sample) one click away; the files load
     * when opened. Without {@code documents}, no files.
     */
    static Div card(
            QuestionRow q, boolean canAnswer, QuestionService questions, Runnable onChange, DocumentService documents) {
        Div card = plainCard(q, canAnswer, questions, onChange);
        if (documents != null) {
            Details files = new Details(card.getTranslation("question.files"));
            files.addClassName("question-files");
            files.addOpenedChangeListener(e -> {
                if (e.isOpened() && files.getContent().findAny().isEmpty()) {
                    files.add(DocumentsPanel.at(documents, AttachedTo.QUESTION, q.id(), true));
                }
            });
            card.add(files);
        }
        return card;
    }

    private static Div plainCard(QuestionRow q, boolean canAnswer, QuestionService questions, Runnable onChange) {
        Div card = new Div();
        card.addClassName("question-card");
        card.addClassName("question-" + q.state().name().toLowerCase());
        // Another facility's question names no one: the asker shows as "a facility".
        // A facility's staff are shown with their facility already (小林 恵（ひまわり作業所）): no second bracket.
        boolean named = q.askedBy() != null
                && q.askedParty() == Party.FACILITY
                && (q.askedBy().endsWith("）") || q.askedBy().endsWith(")"));
        Span who = new Span(
                q.askedBy() == null
                        ? card.getTranslation("question.byFacility", Formats.dateTime(q.askedAt()))
                        : named
                                ? card.getTranslation("question.byNamed", q.askedBy(), Formats.dateTime(q.askedAt()))
                                : card.getTranslation(
                                        "question.by",
                                        q.askedBy(),
                                        card.getTranslation("party." + q.askedParty()),
                                        Formats.dateTime(q.askedAt())));
        who.addClassName("question-asker");
        who.addClassName("muted");
        String kind =
                switch (q.state()) {
                    case OPEN -> "due-soon";
                    case WAITING_CUSTOMER -> "sla-paused";
                    case ANSWERED -> "status-completed";
                };
        HorizontalLayout head =
                new HorizontalLayout(Badges.of(card.getTranslation("question.state." + q.state()), kind), who);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph text = new Paragraph(card.getTranslation("question.q") + " " + q.text());
        text.addClassName("question-text");
        card.add(head, text);
        if (q.state() == QuestionState.WAITING_CUSTOMER && q.askedCustomerAt() != null) {
            Span asked =
                    new Span(card.getTranslation("question.askedCustomerAt", Formats.dateTime(q.askedCustomerAt())));
            asked.addClassName("muted");
            card.add(asked);
        }
        if (q.state() == QuestionState.ANSWERED) {
            Paragraph answer = new Paragraph(card.getTranslation("question.a") + " " + q.answer());
            answer.addClassName("question-answer");
            Span by = new Span(
                    card.getTranslation("question.answeredBy", q.answeredBy(), Formats.dateTime(q.answeredAt())));
            by.addClassName("muted");
            card.add(answer, by);
            return card;
        }
        if (canAnswer) {
            TextArea answer = new TextArea();
            answer.setPlaceholder(card.getTranslation("question.answer.placeholder"));
            answer.setMaxLength(QuestionService.TEXT_MAX);
            answer.setWidthFull();
            answer.addClassName("answer-text");
            Button send = new Button(card.getTranslation("question.answer"), e -> {
                if (answer.getValue().isBlank()) {
                    answer.setInvalid(true);
                    answer.setErrorMessage(card.getTranslation("question.answer.required"));
                    return;
                }
                if (!Refusals.attempt(
                        Map.of("text", answer), card, () -> questions.answer(q.id(), q.version(), answer.getValue()))) {
                    return;
                }
                Notifications.success(card.getTranslation("question.answered"));
                onChange.run();
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClassName("answer-question");
            HorizontalLayout actions = new HorizontalLayout(send);
            if (q.state() == QuestionState.OPEN) {
                Button customer = new Button(card.getTranslation("question.askCustomer"), e -> {
                    boolean paused = questions.askCustomer(q.id(), q.version());
                    Notifications.success(
                            card.getTranslation(paused ? "question.askCustomer.paused" : "question.askCustomer.done"));
                    onChange.run();
                });
                customer.setTooltipText(card.getTranslation("question.askCustomer.help"));
                customer.addClassName("ask-customer");
                actions.add(customer);
            }
            card.add(answer, actions);
        }
        return card;
    }

    static Div faq(List<QuestionRow> answered) {
        Div faq = new Div();
        faq.addClassName("faq");
        faq.setId("faq");
        if (answered.isEmpty()) {
            faq.add(new Paragraph(faq.getTranslation("faq.empty")));
            return faq;
        }
        for (QuestionRow q : answered) {
            Div item = new Div();
            item.addClassName("faq-item");
            Paragraph question = new Paragraph(faq.getTranslation("question.q") + " " + q.text());
            question.addClassName("faq-q");
            Paragraph answer = new Paragraph(faq.getTranslation("question.a") + " " + q.answer());
            answer.addClassName("faq-a");
            item.add(question, answer);
            faq.add(item);
        }
        return faq;
    }
}
