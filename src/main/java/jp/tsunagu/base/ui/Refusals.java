package jp.tsunagu.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;

/** A service's refusal shown where the person typed: beside the field it names, or as a notice when it names none. */
public final class Refusals {

    private Refusals() {}

    /**
     * Shows the refusal beside its field among {@code fields} (keyed as the service names them), in the language of
     * {@code context}; without such a field, as an error notice.
     */
    public static void showBeside(
            UserFacingException refusal, Map<String, ? extends HasValidation> fields, Component context) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        String text = context.getTranslation(refusal.messageKey(), refusal.params());
        if (field == null) {
            Notifications.error(text);
            return;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    /**
     * Runs {@code action} after clearing the errors a former try left on {@code fields}; a refusal it throws shows
     * beside its field (or as a notice), and nothing typed is lost. True when the action went through.
     */
    public static boolean attempt(Map<String, ? extends HasValidation> fields, Component context, Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (UserFacingException refusal) {
            showBeside(refusal, fields, context);
            return false;
        }
    }
}
