package jp.tsunagu.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.MyAccount;
import jp.tsunagu.security.PasswordRules;

/**
 * Choosing one's own password: the current one, the new one twice. The rules are written above the fields; a broken
 * rule shows beside the field it is about, and nothing is saved.
 */
class PasswordChangeForm extends VerticalLayout {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button change = new Button();

    PasswordChangeForm(MyAccount accounts, Runnable onChanged) {
        setPadding(false);
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setLabel(getTranslation("password.next"));
        next.setId("password-next");
        next.setHelperText(getTranslation("password.rules", PasswordRules.MIN, PasswordRules.MAX));
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setLabel(getTranslation("password.repeated"));
        repeated.setId("password-repeated");
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {current, next, repeated}) {
            field.setRequiredIndicatorVisible(true);
            field.setMaxLength(PasswordRules.MAX * 2);
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
        change.setText(getTranslation("password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("password-change");
        change.addClickListener(e -> {
            try {
                accounts.changeMyPassword(current.getValue(), next.getValue(), repeated.getValue());
                current.clear();
                next.clear();
                repeated.clear();
                onChanged.run();
            } catch (UserFacingException refusal) {
                PasswordField field = Map.of("current", current, "next", next, "repeated", repeated)
                        .getOrDefault(refusal.field() == null ? "" : refusal.field(), next);
                field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
                field.setInvalid(true);
            }
        });
        FormLayout fields = new FormLayout(current, next, repeated);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.setMaxWidth("28em");
        add(new Paragraph(getTranslation("password.explain", PasswordRules.MIN)), fields, change);
    }
}
