package jp.tsunagu.base.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * What the page needs for assistive technology that the components do not do by themselves, set once per page:
 * <ul>
 *   <li>the page's language ({@code <html lang>}) is the person's, so a screen reader reads English in an English
 *       voice (JIS X 8341-3 3.1.1);
 *   <li>a grid's row checkboxes are named in the page's language; the grid names the checkbox element "Select Row"
 *       in English, and that name does not reach the check box a screen reader announces;
 *   <li>a selection column's header cell says what the column is for, also when its select-all box is hidden;
 *   <li>a sortable column's header is named by its visible text (the grid names it "Sort by …" in English);
 *   <li>a required select's button loses {@code aria-required}, which buttons may not carry (vaadin/web-components
 *       #7337); the field still says it is required in text, by its label's mark.
 * </ul>
 */
public final class AccessibilityPatches {

    private static final String SCRIPT =
            """
            document.documentElement.lang = $0;
            if (window.tsunaguA11y) { return; }
            const selectRow = $1, selectAll = $2, selection = $3;
            const fix = (root) => {
              root.querySelectorAll('vaadin-select-value-button[aria-required]')
                  .forEach((b) => b.removeAttribute('aria-required'));
              root.querySelectorAll('vaadin-grid-cell-content > vaadin-checkbox[aria-label]').forEach((c) => {
                const name = c.closest('vaadin-grid-cell-content').slot.indexOf('header') >= 0
                    || c.getAttribute('aria-label') === 'Select All' ? selectAll : selectRow;
                const input = c.querySelector('input');
                if (input && input.getAttribute('aria-label') !== name) { input.setAttribute('aria-label', name); }
              });
              // A selection column whose select-all box is hidden still names its header cell.
              root.querySelectorAll('vaadin-grid-cell-content > vaadin-checkbox.vaadin-grid-select-all-checkbox')
                  .forEach((c) => {
                    const cell = c.parentElement;
                    if (!cell.querySelector('.sr-only')) {
                      const name = document.createElement('span');
                      name.className = 'sr-only';
                      name.textContent = selection;
                      cell.appendChild(name);
                    }
                  });
              root.querySelectorAll('vaadin-grid-sorter[aria-label]').forEach((s) => {
                const text = s.textContent.trim();
                if (text && s.getAttribute('aria-label') !== text) { s.setAttribute('aria-label', text); }
              });
            };
            window.tsunaguA11y = new MutationObserver(() => fix(document));
            window.tsunaguA11y.observe(document.body, { subtree: true, childList: true, attributes: true,
                attributeFilter: ['aria-required', 'aria-label'] });
            fix(document);
            """;

    private AccessibilityPatches() {}

    /** Sets the page's language and installs the fixes above (once per page). */
    public static void install(UI ui, Locale locale) {
        ui.getPage()
                .executeJs(
                        SCRIPT,
                        locale.getLanguage(),
                        ui.getTranslation(locale, "a11y.selectRow"),
                        ui.getTranslation(locale, "a11y.selectAll"),
                        ui.getTranslation(locale, "a11y.selection"));
    }
}
