package jp.tsunagu.security;

import jakarta.annotation.security.PermitAll;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.Application;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Out of office: a person names a substitute and the days they are away. On those days the substitute's inbox
 * also holds the absent person's assigned tasks (marked as whose they are), the substitute may work them, and the
 * absent person's notices reach the substitute too. Facility accounts are not part of it (a facility's offers go
 * to all its staff anyway). Setting one's own absence needs a login; the lookups are for the inbox and the
 * notices, which also run in background jobs.
 */
@Service
public class AbsenceService {

    private static final ZoneId ZONE = Application.TOKYO;
    /** Far enough ahead for a long leave, short enough that a typo in the year is caught. */
    static final int MAX_DAYS = 366;

    /** A person's absence as set. */
    public record Absence(
            String username, String substitute, String substituteName, LocalDate firstDay, LocalDate lastDay) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;

    AbsenceService(
            NamedParameterJdbcTemplate jdbc,
            CurrentUser currentUser,
            UserDirectory users,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Absence> mine() {
        return of(currentUser.username());
    }

    @Transactional(readOnly = true)
    public Optional<Absence> of(String username) {
        return jdbc
                .query(
                        "select a.username, a.substitute, u.display_name, a.first_day, a.last_day from absence a "
                                + "join app_user u on u.username = a.substitute where a.username = :u",
                        Map.of("u", username),
                        (rs, i) -> new Absence(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getDate(4).toLocalDate(),
                                rs.getDate(5).toLocalDate()))
                .stream()
                .findFirst();
    }

    /** Whom I may name: the enabled people of my own role, but not me. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Map.Entry<String, String>> substituteChoices() {
        String me = currentUser.username();
        if (currentUser.hasRole(AppRoles.FACILITY)) {
            return List.of();
        }
        return currentUser.roles().stream()
                .filter(r -> !AppRoles.FACILITY.equals(r))
                .findFirst()
                .map(users::withRole)
                .orElse(List.of())
                .stream()
                .filter(e -> !e.getKey().equals(me))
                .toList();
    }

    /** Sets (or replaces) my absence; every refusal names its field. */
    @PermitAll
    @Transactional
    public Absence setMine(String substitute, LocalDate firstDay, LocalDate lastDay) {
        String me = currentUser.username();
        if (currentUser.hasRole(AppRoles.FACILITY)) {
            throw new UserFacingException("absence.notForFacilities");
        }
        if (substitute == null || substitute.isBlank()) {
            throw UserFacingException.onField("substitute", "absence.substitute.required");
        }
        if (substitute.equals(me)) {
            throw UserFacingException.onField("substitute", "absence.substitute.self");
        }
        if (substituteChoices().stream().noneMatch(e -> e.getKey().equals(substitute))) {
            throw UserFacingException.onField("substitute", "absence.substitute.sameRole");
        }
        if (firstDay == null) {
            throw UserFacingException.onField("firstDay", "absence.firstDay.required");
        }
        if (lastDay == null) {
            throw UserFacingException.onField("lastDay", "absence.lastDay.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (lastDay.isBefore(firstDay)) {
            throw UserFacingException.onField("lastDay", "absence.lastDay.beforeFirst");
        }
        if (lastDay.isBefore(today)) {
            throw UserFacingException.onField("lastDay", "absence.lastDay.past");
        }
        if (lastDay.isAfter(today.plusDays(MAX_DAYS))) {
            throw UserFacingException.onField("lastDay", "absence.lastDay.tooFar", MAX_DAYS);
        }
        jdbc.update(
                "insert into absence (username, substitute, first_day, last_day, set_at) "
                        + "values (:u, :s, :f, :l, :at) on conflict (username) do update set substitute = excluded.substitute, "
                        + "first_day = excluded.first_day, last_day = excluded.last_day, set_at = excluded.set_at",
                new MapSqlParameterSource()
                        .addValue("u", me)
                        .addValue("s", substitute)
                        .addValue("f", Date.valueOf(firstDay))
                        .addValue("l", Date.valueOf(lastDay))
                        .addValue("at", Timestamp.from(clock.instant())));
        audit.record(AuditKind.USER, idOf(me), null, "absence", substitute + " " + firstDay + "–" + lastDay);
        return mine().orElseThrow();
    }

    @PermitAll
    @Transactional
    public void clearMine() {
        String me = currentUser.username();
        if (jdbc.update("delete from absence where username = :u", Map.of("u", me)) > 0) {
            audit.record(AuditKind.USER, idOf(me), null, "absenceCleared", me);
        }
    }

    /** The people away today whose substitute is {@code substitute}. */
    @Transactional(readOnly = true)
    public List<String> coveredBy(String substitute) {
        return jdbc.queryForList(
                "select username from absence where substitute = :s and :d between first_day and last_day "
                        + "order by username",
                Map.of("s", substitute, "d", Date.valueOf(today())),
                String.class);
    }

    /** Who stands in for {@code username} today, if they are away. */
    @Transactional(readOnly = true)
    public Optional<String> substituteToday(String username) {
        return jdbc
                .queryForList(
                        "select substitute from absence where username = :u and :d between first_day and last_day",
                        Map.of("u", username, "d", Date.valueOf(today())),
                        String.class)
                .stream()
                .findFirst();
    }

    private Long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where username = :u", Map.of("u", username), Long.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
