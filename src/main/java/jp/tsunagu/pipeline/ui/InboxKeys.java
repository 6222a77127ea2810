package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The inbox without a mouse: j/k (and the arrows) move the row focus from anywhere but a text field; Enter opens,
 * c claims, x ticks, / jumps to the search, ? lists these.
 */
final class InboxKeys {

    private InboxKeys() {}

    static void attach(TaskInboxView v) {
        v.grid.addCellFocusListener(e -> e.getItem().ifPresent(item -> v.current = item));
        // j and k move the keyboard focus a row down or up from anywhere on the page but a text field (the first j
        // lands on the first row); the focused row is the one Enter opens, c claims and x ticks, as with the arrows.
        v.grid.getElement()
                .executeJs("const grid = this; const handler = e => {"
                        + "if (!grid.isConnected) { document.removeEventListener('keydown', handler, true); return; }"
                        + "if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'j' && e.key !== 'k')) return;"
                        + "const t = e.composedPath()[0];"
                        + "if (t && (t.localName === 'input' || t.localName === 'textarea' || t.isContentEditable)) return;"
                        + "e.preventDefault(); e.stopPropagation();"
                        + "const active = grid.shadowRoot.activeElement; const row = active && active.closest ? active.closest('tr') : null;"
                        + "const cur = row && row.parentElement && row.parentElement.id === 'items' ? row.index : -1;"
                        + "const next = Math.max(0, Math.min(cur + (e.key === 'j' ? 1 : -1), (grid.size || 1) - 1));"
                        + "const focusRow = () => { const target = [...grid.shadowRoot.querySelectorAll('#items tr')]"
                        + ".find(r => r.index === next); if (!target) return false;"
                        + "const cell = [...target.querySelectorAll('td')].find(c => !c.hidden && c.offsetParent !== null)"
                        + " || target.querySelector('td'); cell.focus(); return true; };"
                        + "if (!focusRow()) { grid.scrollToIndex(next); requestAnimationFrame(() => setTimeout(focusRow, 50)); }"
                        + "}; document.addEventListener('keydown', handler, true);");
        Shortcuts.addShortcutListener(
                        v.grid,
                        () -> {
                            if (v.current != null) {
                                v.open(v.current);
                            }
                        },
                        Key.ENTER)
                .listenOn(v.grid);
        Shortcuts.addShortcutListener(
                        v.grid,
                        () -> {
                            if (v.current != null && v.current.assignee() == null) {
                                v.claim(v.current);
                            }
                        },
                        Key.KEY_C)
                .listenOn(v.grid);
        Shortcuts.addShortcutListener(
                        v.grid,
                        () -> {
                            if (v.current != null && v.grid.getSelectionMode() == Grid.SelectionMode.MULTI) {
                                if (v.grid.getSelectedItems().stream()
                                        .anyMatch(t -> t.taskId().equals(v.current.taskId()))) {
                                    v.grid.getSelectedItems().stream()
                                            .filter(t -> t.taskId().equals(v.current.taskId()))
                                            .toList()
                                            .forEach(v.grid::deselect);
                                } else {
                                    v.grid.select(v.current);
                                }
                            }
                        },
                        Key.KEY_X)
                .listenOn(v.grid);
        Shortcuts.addShortcutListener(v, v.search::focus, Key.of("/")).listenOn(v.grid);
        Shortcuts.addShortcutListener(v, () -> help(v), Key.of("?"), KeyModifier.SHIFT)
                .listenOn(v.grid);
        Shortcuts.addShortcutListener(v, () -> help(v), Key.of("?")).listenOn(v.grid);
    }

    /** The list of shortcuts, in a dialog (? or the ⓘ button). */
    static void help(TaskInboxView v) {
        Dialog dialog = new Dialog();
        dialog.setId("inbox-shortcut-help");
        dialog.setHeaderTitle(v.getTranslation("inbox.shortcuts"));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (String key : List.of("move", "open", "claim", "select", "search", "help")) {
            list.add(new Span(v.getTranslation("inbox.shortcut." + key)));
        }
        dialog.add(list);
        Button close = new Button(v.getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }
}
