package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jp.tsunagu.assignment.WageTierOutlook.Outlook;

/** One line on what a job does to a facility's average monthly wage and reward band, marked when it lifts it. */
final class TierText {

    private TierText() {}

    static String line(Outlook o, Component t) {
        return o == null ? t.getTranslation("tier.none") : t.getTranslation(o.messageKey(), o.messageParams());
    }

    static Span badge(Outlook o, Component t) {
        Span s = new Span(line(o, t));
        s.addClassName("tier-line");
        if (o == null) {
            s.addClassName("muted");
        } else if (o.movesUp() || o.targetReached()) {
            s.addClassName("tier-up");
        }
        return s;
    }
}
