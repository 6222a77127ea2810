package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.Party;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Each organisation's working time: business hours and closing days an admin maintains. Clocks ask it
 * for the calendar of the organisation that holds the work; a joint stage counts on the company's.
 */
@Service
public class CalendarService {

    /** A closing longer than this is a typing error rather than a holiday. */
    static final int CLOSING_MAX_DAYS = 31;

    private final OrgCalendarRepository calendars;
    private final ClosingDayRepository closings;
    private final JapaneseBusinessCalendar national;
    private final CurrentUser currentUser;
    private final Map<Party, WorkingTime> cache = new EnumMap<>(Party.class);

    CalendarService(OrgCalendarRepository calendars, ClosingDayRepository closings, JapaneseBusinessCalendar national,
                    CurrentUser currentUser) {
        this.calendars = calendars;
        this.closings = closings;
        this.national = national;
        this.currentUser = currentUser;
    }

    /** The working time of the organisation that holds work of this party. */
    @Transactional(readOnly = true)
    public WorkingTime workingTime(Party party) {
        // A joint stage counts on the company's calendar; facilities answer on the intermediary's.
        Party owner = party == Party.JOINT ? Party.COMPANY : party == Party.FACILITY ? Party.INTERMEDIARY : party;
        synchronized (cache) {
            return cache.computeIfAbsent(owner, this::load);
        }
    }

    private WorkingTime load(Party party) {
        OrgCalendar calendar = calendars.findById(party).orElseThrow();
        List<WorkingTime.Closing> closed = closings.findByPartyOrderByFirstDay(party).stream()
                .map(c -> new WorkingTime.Closing(c.getFirstDay(), c.getLastDay())).toList();
        return new WorkingTime(national, closed, calendar.getDayStart(), calendar.getDayEnd(),
                ZoneId.of("Asia/Tokyo"));
    }

    /** A row of the admin's calendar screen. */
    public record ClosingRow(long id, Party party, LocalDate firstDay, LocalDate lastDay, String note) {
    }

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
        return new LocalTime[]{c.getDayStart(), c.getDayEnd()};
    }

    /** Adds a closed period; refused when it is backwards, too long, blank, or overlaps another. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void addClosing(Party party, LocalDate first, LocalDate last, String note) {
        if (party == null || party == Party.JOINT) {
            throw new UserFacingException("calendar.party.required");
        }
        if (first == null || last == null) {
            throw new UserFacingException("calendar.closing.datesRequired");
        }
        if (last.isBefore(first)) {
            throw new UserFacingException("calendar.closing.backwards");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > CLOSING_MAX_DAYS) {
            throw new UserFacingException("calendar.closing.tooLong", CLOSING_MAX_DAYS);
        }
        if (note == null || note.isBlank() || note.strip().length() > ClosingDay.NOTE_MAX) {
            throw new UserFacingException("calendar.closing.note", ClosingDay.NOTE_MAX);
        }
        if (closings.overlaps(party, first, last)) {
            throw new UserFacingException("calendar.closing.overlap");
        }
        closings.save(new ClosingDay(party, first, last, note.strip(), currentUser.username()));
        invalidate();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void removeClosing(long id) {
        closings.deleteById(id);
        invalidate();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void setHours(Party party, LocalTime start, LocalTime end) {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new UserFacingException("calendar.hours.order");
        }
        calendars.findById(party).orElseThrow(() -> new UserFacingException("calendar.party.required"))
                .setHours(start, end);
        invalidate();
    }

    private void invalidate() {
        synchronized (cache) {
            cache.clear();
        }
    }
}
