package jp.tsunagu.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.tsunagu.security.UserAccounts.TemporaryPassword;

/**
 * A temporary password, shown this once: it is stored only as a hash. The person must choose their own at the next
 * login.
 */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(TemporaryPassword temporary, String titleKey) {
        setHeaderTitle(getTranslation(titleKey, temporary.username()));
        setWidth("min(34em, 96vw)");
        setCloseOnOutsideClick(false);
        Span password = new Span(temporary.password());
        password.setId("temporary-password");
        password.addClassName("temporary-password");
        add(
                new Paragraph(getTranslation("user.temporary.explain", temporary.username())),
                password,
                new Paragraph(getTranslation("user.temporary.once")));
        Button done = new Button(getTranslation("user.temporary.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("temporary-done");
        getFooter().add(done);
    }
}
