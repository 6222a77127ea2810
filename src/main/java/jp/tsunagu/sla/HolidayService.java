package jp.tsunagu.sla;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.Party;
import jp.tsunagu.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The national holidays, kept in the database so that every node counts with the same list: the list shipped with
 * the app is written there on the first start (and when a newer version of the app ships a longer one); an admin
 * loads the Cabinet Office's newer {@code syukujitsu.csv}. No network call: the app never fetches the list itself.
 * Each node re-reads the list when its version changes (checked every minute, at once on the node that loaded it).
 */
@Service
public class HolidayService {

    private static final Logger log = LoggerFactory.getLogger(HolidayService.class);
    /** How long before the list runs out supervisors and admins are warned. */
    public static final int WARN_DAYS = 90;

    /** The list in force: up to when it holds, when and by whom it was loaded, how many days it names. */
    public record ListInfo(LocalDate coversUntil, Instant loadedAt, String loadedBy, int days) {}

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Holidays current;
    private volatile long version = -1;

    private final ApplicationEventPublisher events;

    HolidayService(JdbcTemplate jdbc, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The holidays the calendars count with now. */
    public Holidays current() {
        Holidays h = current;
        if (h == null) {
            reload();
            h = current;
        }
        return h;
    }

    /**
     * At start-up: writes the shipped list when the database has none, or an older one (a newer version of the app
     * ships a longer list). One node at a time.
     */
    @Transactional
    public void installShipped() {
        jdbc.execute("lock table holiday_list in exclusive mode");
        Holidays shipped = Holidays.shipped();
        List<Map<String, Object>> info =
                jdbc.queryForList("select covers_until, version from holiday_list where id = 1");
        if (info.isEmpty()
                || ((Date) info.get(0).get("covers_until")).toLocalDate().isBefore(shipped.coversUntil())) {
            replace(
                    shipped,
                    AuditLog.SYSTEM,
                    info.isEmpty() ? 1 : ((Number) info.get(0).get("version")).longValue() + 1);
            log.info("Holidays: the list shipped with the app, to {}", shipped.coversUntil());
        }
        reload();
    }

    /** Reads the list in the database (the shipped one while there is none yet). */
    synchronized void reload() {
        List<Map<String, Object>> info =
                jdbc.queryForList("select covers_until, version from holiday_list where id = 1");
        if (info.isEmpty()) {
            current = Holidays.shipped();
            version = 0;
            return;
        }
        long inDatabase = ((Number) info.get(0).get("version")).longValue();
        if (inDatabase != version || current == null) {
            TreeMap<LocalDate, String> days = new TreeMap<>();
            jdbc.query("select day, name from holiday", rs -> {
                days.put(rs.getDate(1).toLocalDate(), rs.getString(2));
            });
            current = new Holidays(days, ((Date) info.get(0).get("covers_until")).toLocalDate());
            version = inDatabase;
        }
    }

    /** Another node may have loaded a newer list. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void checkForNewerList() {
        Long inDatabase =
                jdbc.query("select version from holiday_list where id = 1", rs -> rs.next() ? rs.getLong(1) : null);
        if (inDatabase != null && inDatabase != version) {
            reload();
        }
    }

    /**
     * An admin loads the Cabinet Office's newer {@code syukujitsu.csv}: it replaces the list whole (it holds every
     * official year). Refused, nothing changed: a file that is not the list, or one that ends earlier than the list
     * in force.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public ListInfo load(InputStream csv, String by) throws IOException {
        Holidays loaded = Holidays.parse(csv);
        ListInfo before = info();
        if (loaded.coversUntil().isBefore(before.coversUntil())) {
            throw new UserFacingException(
                    "holidays.older",
                    String.valueOf(loaded.coversUntil().getYear()),
                    String.valueOf(before.coversUntil().getYear()));
        }
        Long v = jdbc.queryForObject("select version from holiday_list where id = 1", Long.class);
        replace(loaded, by, (v == null ? 0 : v) + 1);
        audit.record(
                AuditKind.CALENDAR,
                null,
                null,
                "holidaysLoaded",
                AuditLog.ja(
                        "holidays.audit",
                        loaded.official().size(),
                        String.valueOf(loaded.coversUntil().getYear())));
        version = -1;
        reload();
        // Read in this transaction, the new list is in force here before it commits: forget it if it never does.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    version = -1;
                    current = null;
                }
            }
        });
        events.publishEvent(new CalendarChanged(List.of(Party.COMPANY, Party.INTERMEDIARY)));
        return info();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public ListInfo info() {
        current();
        return jdbc.queryForObject(
                "select l.covers_until, l.loaded_at, l.loaded_by, (select count(*) from holiday)"
                        + " from holiday_list l where l.id = 1",
                (rs, i) -> new ListInfo(
                        rs.getDate(1).toLocalDate(), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4)));
    }

    /** The last day of the official list, when today is within {@value #WARN_DAYS} days of it (or past it). */
    @PermitAll
    public Optional<LocalDate> runningOut() {
        LocalDate until = current().coversUntil();
        return LocalDate.now(clock).isAfter(until.minusDays(WARN_DAYS)) ? Optional.of(until) : Optional.empty();
    }

    private void replace(Holidays list, String by, long newVersion) {
        jdbc.update("delete from holiday");
        jdbc.batchUpdate(
                "insert into holiday (day, name) values (?, ?)",
                list.official().entrySet().stream()
                        .map(e -> new Object[] {Date.valueOf(e.getKey()), e.getValue()})
                        .toList());
        jdbc.update(
                "insert into holiday_list (id, covers_until, loaded_at, loaded_by, version) values (1, ?, ?, ?, ?)"
                        + " on conflict (id) do update set covers_until = excluded.covers_until,"
                        + " loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by, version = excluded.version",
                Date.valueOf(list.coversUntil()),
                Timestamp.from(clock.instant()),
                by,
                newVersion);
    }
}
