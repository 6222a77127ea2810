package jp.tsunagu.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a person's calendar feed: a due time (a point, shown as a short event), or a whole day ({@code day}).
 * {@code link} is a path in Tsunagu.
 */
public record CalendarEntry(
        String uid, String summary, String description, Instant start, Instant end, LocalDate day, String link) {

    public static CalendarEntry at(
            String uid, String summary, String description, Instant start, Instant end, String link) {
        return new CalendarEntry(uid, summary, description, start, end, null, link);
    }

    public static CalendarEntry allDay(String uid, String summary, String description, LocalDate day, String link) {
        return new CalendarEntry(uid, summary, description, null, null, day, link);
    }
}
