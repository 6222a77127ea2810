package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalTime;
import jp.tsunagu.Application;
import jp.tsunagu.assignment.OfferRow;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.sla.WorkingTime;

/** An offer in words: the deadline with the business time left, and what was answered. */
final class OfferTexts {

    private OfferTexts() {}

    /** The answer deadline and the intermediary's business time left until then (the clock the offer runs on). */
    static Span deadline(Component page, OfferRow offer, WorkingTime time, Instant now) {
        Instant due = offer.answerDeadline()
                .atTime(LocalTime.of(18, 0))
                .atZone(Application.TOKYO)
                .toInstant();
        String left;
        if (!now.isBefore(due)) {
            left = page.getTranslation("offer.page.deadlinePassed");
        } else {
            long minutes = time.minutesBetween(now, due);
            left = minutes < time.minutesPerDay()
                    ? page.getTranslation(
                            "offer.page.left", page.getTranslation("sla.hours", Math.round(minutes / 6.0) / 10.0))
                    : page.getTranslation(
                            "offer.page.left",
                            page.getTranslation("sla.days", Math.round(minutes * 10.0 / time.minutesPerDay()) / 10.0));
        }
        Span span = new Span(page.getTranslation("offer.page.deadline", Formats.date(offer.answerDeadline()), left));
        span.setId("offer-deadline");
        return span;
    }

    static String summary(Component page, OfferRow o) {
        return switch (o.status()) {
            case ACCEPTED, COUNTERED -> page.getTranslation(
                    "offer.summary.yes",
                    String.format("%,d", o.quantity()),
                    o.hoursPerMonth(),
                    Formats.date(o.startOn()));
            case DECLINED -> page.getTranslation("offer.summary.no", o.declineReason());
            default -> page.getTranslation("offer.status." + o.status());
        };
    }
}
