package jp.tsunagu.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.security.Person;

/**
 * A feature's dates for a person's calendar feed (their tasks' due times, briefings, batch due dates), in their
 * language. Features provide them; the feed only collects.
 */
public interface CalendarEntries {

    List<CalendarEntry> entriesFor(Person person, Instant from, Locale locale);
}
