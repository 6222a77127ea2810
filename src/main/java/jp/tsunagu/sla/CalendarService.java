package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.Party;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each organisation's working time: business hours and closing days an admin maintains. Clocks ask it
 * for the calendar of the organisation that holds the work; a joint stage counts on the company's.
 * <p>
 * Each node keeps the calendars it read, tagged with the version of the row they came from. A change moves the
 * version in its transaction; the node that made it drops its copy after commit, and every node polls the versions
 * (every {@value #POLL_SECONDS} s, and before each SLA sweep), so no node counts on an old calendar for longer. A
 * transaction that changes a calendar reads it fresh, never from the copy, and never leaves its uncommitted
 * calendar in the copy. In the same transaction the open clocks' due times are worked out again
 * ({@link CalendarChanged}).
 */
@Service
public class CalendarService {

    /** A closing longer than this is a typing error rather than a holiday. */
    static final int CLOSING_MAX_DAYS = 31;

    private final OrgCalendarRepository calendars;
    private final ClosingDayRepository closings;
    private final JapaneseBusinessCalendar national;
    private final CurrentUser currentUser;
    static final int POLL_SECONDS = 10;
    /** Bound in a transaction that changes a calendar: it reads calendars fresh and caches nothing. */
    private static final Object CHANGING = new Object();

    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    /** The calendars read, each with the version of its row then. */
    private final Map<Party, Cached> cache = new ConcurrentHashMap<>();
    /** The newest committed version of each calendar this node knows of. */
    private final Map<Party, Long> newest = new ConcurrentHashMap<>();

    private record Cached(long version, WorkingTime time) {}

    CalendarService(
            OrgCalendarRepository calendars,
            ClosingDayRepository closings,
            JapaneseBusinessCalendar national,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc) {
        this.calendars = calendars;
        this.closings = closings;
        this.national = national;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The working time of the organisation that holds work of this party. */
    @Transactional(readOnly = true)
    public WorkingTime workingTime(Party party) {
        Party owner = ownerOf(party);
        if (TransactionSynchronizationManager.hasResource(CHANGING)) {
            return load(owner).time();
        }
        Cached cached = cache.get(owner);
        Long known = newest.get(owner);
        if (cached != null && known != null && cached.version() >= known) {
            return cached.time();
        }
        Cached loaded = load(owner);
        newest.merge(owner, loaded.version(), Math::max);
        cache.merge(owner, loaded, (a, b) -> a.version() >= b.version() ? a : b);
        return loaded.time();
    }

    /** A joint stage counts on the company's calendar; facilities answer on the intermediary's. */
    static Party ownerOf(Party party) {
        return party == Party.JOINT ? Party.COMPANY : party == Party.FACILITY ? Party.INTERMEDIARY : party;
    }

    /** The parties whose clocks count on this organisation's calendar. */
    static List<Party> countingOn(Party owner) {
        return Arrays.stream(Party.values()).filter(p -> ownerOf(p) == owner).toList();
    }

    /**
     * The calendar row is read before its closing days, and the copy is tagged with that version: a change committed
     * in between leaves a copy tagged older than the change, which the next read replaces.
     */
    private Cached load(Party party) {
        OrgCalendar calendar = calendars.findById(party).orElseThrow();
        long version = calendar.getVersion();
        List<WorkingTime.Closing> closed = closings.findByPartyOrderByFirstDay(party).stream()
                .map(c -> new WorkingTime.Closing(c.getFirstDay(), c.getLastDay()))
                .toList();
        return new Cached(
                version,
                new WorkingTime(national, closed, calendar.getDayStart(), calendar.getDayEnd(), Application.TOKYO));
    }

    /** Another node may have changed a calendar: learn the versions in the database. */
    @Scheduled(fixedDelay = POLL_SECONDS, initialDelay = POLL_SECONDS, timeUnit = TimeUnit.SECONDS)
    public void refresh() {
        jdbc.query("select party, version from org_calendar", rs -> {
            newest.merge(Party.valueOf(rs.getString(1)), rs.getLong(2), Math::max);
        });
    }

    /** A row of the admin's calendar screen. */
    public record ClosingRow(long id, Party party, LocalDate firstDay, LocalDate lastDay, String note) {}

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<ClosingRow> closings(Party party) {
        return closings.findByPartyOrderByFirstDay(party).stream()
                .map(c -> new ClosingRow(c.getId(), c.getParty(), c.getFirstDay(), c.getLastDay(), c.getNote()))
                .toList();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public LocalTime[] hours(Party party) {
        OrgCalendar c = calendars.findById(party).orElseThrow();
        return new LocalTime[] {c.getDayStart(), c.getDayEnd()};
    }

    /** Adds a closed period; refused when it is backwards, too long, blank, or overlaps another. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void addClosing(Party party, LocalDate first, LocalDate last, String note) {
        if (party == null || party == Party.JOINT) {
            throw new UserFacingException("calendar.party.required");
        }
        if (first == null || last == null) {
            throw UserFacingException.onField(first == null ? "first" : "last", "calendar.closing.datesRequired");
        }
        if (last.isBefore(first)) {
            throw UserFacingException.onField("last", "calendar.closing.backwards");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > CLOSING_MAX_DAYS) {
            throw UserFacingException.onField("last", "calendar.closing.tooLong", CLOSING_MAX_DAYS);
        }
        if (note == null || note.isBlank() || note.strip().length() > ClosingDay.NOTE_MAX) {
            throw UserFacingException.onField("note", "calendar.closing.note", ClosingDay.NOTE_MAX);
        }
        if (closings.overlaps(party, first, last)) {
            throw UserFacingException.onField("first", "calendar.closing.overlap");
        }
        closings.save(new ClosingDay(party, first, last, note.strip(), currentUser.username()));
        calendars.touch(party);
        changed(party);
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void removeClosing(long id) {
        ClosingDay closing =
                closings.findById(id).orElseThrow(() -> UserFacingException.notFound("calendar.closing.gone"));
        closings.delete(closing);
        calendars.touch(closing.getParty());
        changed(closing.getParty());
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void setHours(Party party, LocalTime start, LocalTime end) {
        if (start == null || end == null || !start.isBefore(end)) {
            throw UserFacingException.onField("end", "calendar.hours.order");
        }
        calendars
                .findById(party)
                .orElseThrow(() -> new UserFacingException("calendar.party.required"))
                .setHours(start, end);
        calendars.flush();
        changed(party);
    }

    /**
     * In the transaction of a change: from here on it reads calendars fresh; the open clocks are counted again on
     * the new calendar; after commit this node knows the new version at once (others within {@value #POLL_SECONDS}
     * s).
     */
    private void changed(Party party) {
        if (!TransactionSynchronizationManager.hasResource(CHANGING)) {
            TransactionSynchronizationManager.bindResource(CHANGING, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
                }
            });
        }
        events.publishEvent(new CalendarChanged(List.of(party)));
    }
}
