package jp.tsunagu.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One organisation's working time: business days (national calendar less its own closing days) and
 * business hours. Clocks count in business minutes of this calendar, so that they can pause, resume and
 * be compared across organisations with different hours.
 */
public final class WorkingTime {

    /** A closed period, both days included. */
    public record Closing(LocalDate firstDay, LocalDate lastDay) {
        boolean contains(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    private final JapaneseBusinessCalendar national;
    private final List<Closing> closings;
    private final LocalTime dayStart;
    private final LocalTime dayEnd;
    private final ZoneId zone;

    public WorkingTime(
            JapaneseBusinessCalendar national,
            List<Closing> closings,
            LocalTime dayStart,
            LocalTime dayEnd,
            ZoneId zone) {
        if (!dayStart.isBefore(dayEnd)) {
            throw new IllegalArgumentException("a business day must start before it ends");
        }
        this.national = national;
        this.closings = List.copyOf(closings);
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
        this.zone = zone;
    }

    public boolean isBusinessDay(LocalDate day) {
        return national.isBusinessDay(day) && closings.stream().noneMatch(c -> c.contains(day));
    }

    public int minutesPerDay() {
        return (int) Duration.between(dayStart, dayEnd).toMinutes();
    }

    public LocalTime dayStart() {
        return dayStart;
    }

    public LocalTime dayEnd() {
        return dayEnd;
    }

    /**
     * The instant {@code minutes} business minutes after {@code from}. Time outside business hours does
     * not count: work arriving on a Saturday evening starts counting at the next business morning.
     */
    public Instant plus(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        return plusSeconds(from, minutes * 60);
    }

    /** The instant {@code seconds} business seconds after {@code from}. */
    public Instant plusSeconds(Instant from, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must not be negative");
        }
        ZonedDateTime t = from.atZone(zone);
        long left = seconds;
        for (int guard = 0; guard < 20_000; guard++) {
            LocalDate day = t.toLocalDate();
            if (!isBusinessDay(day) || !t.toLocalTime().isBefore(dayEnd)) {
                t = day.plusDays(1).atTime(dayStart).atZone(zone);
                continue;
            }
            if (t.toLocalTime().isBefore(dayStart)) {
                t = day.atTime(dayStart).atZone(zone);
            }
            long available = Duration.between(t.toLocalTime(), dayEnd).toSeconds();
            if (left <= available) {
                return t.plusSeconds(left).toInstant();
            }
            left -= available;
            t = day.plusDays(1).atTime(dayStart).atZone(zone);
        }
        throw new IllegalStateException("no business time found within 20,000 days");
    }

    /** Whole business minutes between two instants (0 when {@code to} is not after {@code from}). */
    public long minutesBetween(Instant from, Instant to) {
        return secondsBetween(from, to) / 60;
    }

    /**
     * Business seconds between two instants (0 when {@code to} is not after {@code from}). Clocks count in seconds,
     * so that a hand-off done a few seconds late is late, and a pause loses nothing.
     */
    public long secondsBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        ZonedDateTime a = from.atZone(zone);
        ZonedDateTime b = to.atZone(zone);
        long total = 0;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!isBusinessDay(day)) {
                continue;
            }
            ZonedDateTime open = day.atTime(dayStart).atZone(zone);
            ZonedDateTime close = day.atTime(dayEnd).atZone(zone);
            ZonedDateTime start = a.isAfter(open) ? a : open;
            ZonedDateTime end = b.isBefore(close) ? b : close;
            if (end.isAfter(start)) {
                total += Duration.between(start, end).toSeconds();
            }
        }
        return total;
    }
}
