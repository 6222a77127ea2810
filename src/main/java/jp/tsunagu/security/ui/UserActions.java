package jp.tsunagu.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.security.FacilityNames;
import jp.tsunagu.security.UserAccounts;
import jp.tsunagu.security.UserAccounts.Account;

/** One account: what is known of it, and what may be done to it (edit, disable or enable, unlock, reset). */
class UserActions extends Dialog {

    final Button edit = new Button();
    final Button toggle = new Button();
    final Button unlock = new Button();
    final Button reset = new Button();

    UserActions(UserAccounts accounts, FacilityNames facilities, Account a, boolean admin, Consumer<String> onChange) {
        setHeaderTitle(a.displayName() + "（" + a.username() + "）");
        setWidth("min(40em, 96vw)");
        Facts facts = new Facts()
                .fact("user.role", getTranslation("role." + a.role()))
                .fact("user.belongsTo", a.facilityName() != null ? a.facilityName() : a.organisation())
                .fact("user.kana", a.kana())
                .fact("user.email", a.email())
                .fact("user.phone", a.phone())
                .fact("user.status", status(a, this::getTranslation))
                .fact("user.createdAt", Formats.dateTime(a.createdAt()));
        facts.setId("user-facts");
        add(facts);

        edit.setText(getTranslation("user.edit"));
        edit.setId("user-edit");
        edit.addClickListener(e -> {
            close();
            new UserEditor(accounts, facilities, a, admin, onChange).open();
        });
        toggle.setText(getTranslation(a.enabled() ? "user.disable" : "user.enable"));
        toggle.setId("user-toggle");
        if (a.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.addClickListener(e -> act(
                () -> {
                    if (a.enabled()) {
                        accounts.disable(a.username());
                    } else {
                        accounts.enable(a.username());
                    }
                    Notifications.success(
                            getTranslation(a.enabled() ? "user.disabled.done" : "user.enabled.done", a.displayName()));
                },
                onChange,
                a.username()));
        unlock.setText(getTranslation("user.unlock"));
        unlock.setId("user-unlock");
        unlock.setVisible(a.locked());
        unlock.addClickListener(e -> act(
                () -> {
                    accounts.unlock(a.username());
                    Notifications.success(getTranslation("user.unlocked.done", a.displayName()));
                },
                onChange,
                a.username()));
        reset.setText(getTranslation("user.resetPassword"));
        reset.setId("user-reset");
        reset.addClickListener(e -> act(
                () -> new TemporaryPasswordDialog(accounts.resetPassword(a.username()), "user.reset.title").open(),
                onChange,
                a.username()));
        FlexLayout buttons = new FlexLayout(edit, reset, unlock, toggle);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.addClassName("button-row");
        add(new Paragraph(getTranslation("user.actions.explain")), buttons);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("user-close");
        getFooter().add(close);
    }

    private void act(Runnable action, Consumer<String> onChange, String username) {
        try {
            action.run();
            close();
            onChange.accept(username);
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.params()));
        }
    }

    /** What a person reading about an account needs to know first: disabled, locked, or waiting for a password. */
    static String status(Account a, BiFunction<String, Object[], String> t) {
        if (!a.enabled()) {
            return t.apply("user.disabled", new Object[0]);
        }
        if (a.locked()) {
            return t.apply("user.lockedUntil", new Object[] {Formats.dateTime(a.lockedUntil())});
        }
        return t.apply(a.mustChangePassword() ? "user.mustChange" : "user.enabled", new Object[0]);
    }
}
