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
}
