package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.pipeline.SlaStatus;

/** A task's SLA as a coloured badge with the business time left; the due instant in its tooltip. */
final class SlaBadge {

    private SlaBadge() {}

    /** The badge's text, colour and tooltip (for a grid that draws it in the browser). */
    static Badges.Look look(Component context, SlaStatus sla, Instant dueAt, Instant now) {
        if (sla == null) {
            return dueAt == null ? new Badges.Look("—", "", "") : Badges.Look.of(Formats.dateTime(dueAt), "due");
        }
        // Past its due instant is late, whatever the last sweep recorded and however little business time has passed
        // since (a batch due on Friday evening is late on Saturday with 0 business minutes over).
        boolean late =
                dueAt != null && !dueAt.isAfter(now) && sla.state() != SlaState.PAUSED && sla.state() != SlaState.MET;
        if (late) {
            long minutesOver = Math.max(0, -sla.minutesLeft());
            Badges.Look over = Badges.Look.of(
                    minutesOver == 0
                            ? context.getTranslation("sla.badge.late")
                            : context.getTranslation(
                                    "sla.badge.over", amount(context, minutesOver, sla.minutesPerDay())),
                    "overdue");
            return over.withTitle(context.getTranslation("sla.badge.due", Formats.dateTime(dueAt)));
        }
        Badges.Look look =
                switch (sla.state()) {
                    case PAUSED -> Badges.Look.of(context.getTranslation("sla.badge.paused"), "sla-paused");
                    case BREACHED, MISSED -> Badges.Look.of(
                            context.getTranslation(
                                    "sla.badge.over", amount(context, -sla.minutesLeft(), sla.minutesPerDay())),
                            "overdue");
                    case AT_RISK -> Badges.Look.of(
                            context.getTranslation(
                                    "sla.badge.left", amount(context, sla.minutesLeft(), sla.minutesPerDay())),
                            "sla-risk");
                    case MET -> Badges.Look.of(context.getTranslation("sla.badge.met"), "status-completed");
                    default -> Badges.Look.of(
                            context.getTranslation(
                                    "sla.badge.left", amount(context, sla.minutesLeft(), sla.minutesPerDay())),
                            sla.warnLevel() >= 1 ? "sla-warn" : "sla-ok");
                };
        return dueAt == null ? look : look.withTitle(context.getTranslation("sla.badge.due", Formats.dateTime(dueAt)));
    }

    /** Business time as people say it: hours under a day, days with one decimal above. */
    static String amount(Component context, long minutes, int minutesPerDay) {
        if (minutes < minutesPerDay) {
            return context.getTranslation("sla.hours", Math.round(minutes / 6.0) / 10.0);
        }
        return context.getTranslation("sla.days", Math.round(minutes * 10.0 / minutesPerDay) / 10.0);
    }
}
