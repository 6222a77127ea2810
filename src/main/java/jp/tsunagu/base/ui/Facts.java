package jp.tsunagu.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A block of labelled values (顧客: 株式会社…), as the deal, task and facility pages show their data. */
public class Facts extends Div {

    public Facts() {
        addClassName("facts");
    }

    /** Adds one fact; the label is a message key, an empty value shows as a dash. */
    public Facts fact(String labelKey, String value) {
        Div row = new Div(new Span(getTranslation(labelKey)), new Span(value == null || value.isBlank() ? "—" : value));
        row.addClassName("fact");
        add(row);
        return this;
    }

    /** Adds one fact whose value is a component (a badge, a link). */
    public Facts fact(String labelKey, Component value) {
        Div row = new Div(new Span(getTranslation(labelKey)), value);
        row.addClassName("fact");
        add(row);
        return this;
    }
}
