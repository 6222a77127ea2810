package jp.tsunagu.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;

/**
 * Ctrl+Enter submits the form the cursor is in, and only that form: a page with two forms (an activity and the
 * task's outcome) must not submit both. The field being typed in loses and regains focus first, so its text
 * reaches the server before the button's click (otherwise a text area still being typed in reads as empty).
 */
public final class FormShortcuts {

    private FormShortcuts() {}

    public static ShortcutRegistration submitOn(Button submit, Component form) {
        return submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL)
                .listenOn(form)
                .resetFocusOnActiveElement();
    }
}
