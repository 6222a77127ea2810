package jp.tsunagu.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.notification.ChannelForm;
import jp.tsunagu.notification.ChannelKind;

/**
 * The form that adds a chat channel: service, name, webhook URL (with what to paste for the chosen service) and, for
 * Chatwork, the API token; a refusal shows beside its field, a success empties the form. {@code leading} fields (the
 * admin's organisation) come first and are named for refusals by their service field names.
 */
class ChannelFormLayout extends FormLayout {

    final Select<ChannelKind> kind = new Select<>();
    final TextField label = new TextField();
    final TextField url = new TextField();
    final PasswordField token = new PasswordField();

    ChannelFormLayout(Map<String, HasValidation> leading, Consumer<ChannelForm> add, Runnable added) {
        kind.setLabel(getTranslation("noticeSettings.channel.kind"));
        kind.setItems(ChannelKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("channel.kind." + k));
        kind.setId("channel-kind");
        label.setLabel(getTranslation("noticeSettings.channel.label"));
        label.setId("channel-label");
        label.setMaxLength(100);
        url.setLabel(getTranslation("noticeSettings.channel.url"));
        url.setId("channel-url");
        url.setPlaceholder("https://");
        token.setLabel(getTranslation("noticeSettings.channel.token"));
        token.setId("channel-token");
        token.setVisible(false);
        kind.addValueChangeListener(e -> {
            token.setVisible(e.getValue() == ChannelKind.CHATWORK);
            url.setHelperText(e.getValue() == null ? null : getTranslation("channel.help." + e.getValue()));
        });
        Button submit = new Button(getTranslation("noticeSettings.channel.add"));
        submit.setId("channel-add");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = new HashMap<>(leading);
        fields.putAll(Map.of("kind", kind, "label", label, "url", url, "token", token));
        submit.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                add.accept(new ChannelForm(kind.getValue(), label.getValue(), url.getValue(), token.getValue()));
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, fields, this);
                return;
            }
            Notifications.success(getTranslation(
                    "noticeSettings.channel.added", label.getValue().strip()));
            label.clear();
            url.clear();
            token.clear();
            added.run();
        });
        leading.values().forEach(f -> add((Component) f));
        add(kind, label, url, token, submit);
        addClassName("channel-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        setColspan(url, 2);
    }
}
