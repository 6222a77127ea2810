package jp.tsunagu.base.ui;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels: a stage, a status, an overdue date. The colours live in the theme. */
public final class Badges {

    private Badges() {
    }

    public static Span of(String text, String... kinds) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        for (String kind : kinds) {
            badge.addClassName("badge-" + kind);
        }
        return badge;
    }
}
