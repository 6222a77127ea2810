package jp.tsunagu.comments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.comments.CommentRow;
import jp.tsunagu.comments.CommentService;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealStage;

/**
 * Comments on the deal page and on its tasks: the conversation in order, and a box to write one; "@login" (or a name
 * picked from the list) tells that person.
 */
@org.springframework.stereotype.Component
class CommentsSection implements DealPageSection {

    private final CommentService comments;

    CommentsSection(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public int order() {
        return 9;
    }

    @Override
    public boolean showOnTask(DealStage stage) {
        return true;
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.setId("comments");
        section.addClassName("comments-section");
        Div list = new Div();
        list.addClassName("comment-list");
        fill(list, deal.id());
        TextArea text = new TextArea(section.getTranslation("comment.new"));
        text.setId("comment-text");
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setHelperText(section.getTranslation("comment.help"));
        ComboBox<Map.Entry<String, String>> person = new ComboBox<>(section.getTranslation("comment.mention"));
        person.setItems(comments.mentionable());
        person.setItemLabelGenerator(e -> e.getValue() + " (@" + e.getKey() + ")");
        person.setId("comment-mention");
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String current = text.getValue();
                text.setValue((current.isEmpty() || current.endsWith(" ") ? current : current + " ") + "@"
                        + e.getValue().getKey() + " ");
                person.clear();
                text.focus();
            }
        });
        Button post = new Button(section.getTranslation("comment.post"));
        post.setId("comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> {
            text.setInvalid(false);
            try {
                CommentRow row = comments.post(deal.id(), text.getValue());
                Notifications.success(section.getTranslation(
                        row.mentioned().isEmpty() ? "comment.posted" : "comment.postedTold",
                        String.join(section.getTranslation("list.separator"), row.mentioned())));
                text.clear();
                fill(list, deal.id());
            } catch (UserFacingException refusal) {
                text.setErrorMessage(section.getTranslation(refusal.messageKey(), refusal.params()));
                text.setInvalid(true);
            }
        });
        Div form = new Div(text, person, post);
        form.addClassName("comment-form");
        section.add(new H3(section.getTranslation("comment.title")), list, form);
        return section;
    }

    private void fill(Div list, long dealId) {
        list.removeAll();
        var all = comments.of(dealId);
        if (all.isEmpty()) {
            list.add(new Paragraph(list.getTranslation("comment.none")));
        }
        for (CommentRow c : all) {
            Div row = new Div();
            row.addClassName("comment");
            Span who = new Span(c.authorName() + "　" + Formats.dateTime(c.createdAt()));
            who.addClassName("comment-meta");
            Paragraph body = new Paragraph(c.text());
            body.addClassName("comment-text");
            row.add(who, body);
            list.add(row);
        }
    }
}
