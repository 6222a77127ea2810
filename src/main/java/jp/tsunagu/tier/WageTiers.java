package jp.tsunagu.tier;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.Application;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facility's average monthly wage (平均工賃月額) and the reward band it earns: the figures the facility or the
 * intermediary enter per month (wages paid for all work, user-days, days open) and once (staffing, places, its own
 * wage target), and what a job's pay would do to them. Facility staff read and write their own facility only.
 */
@Service
public class WageTiers {

    public static final Set<String> STAFFING = Set.of("7.5:1", "6:1", "10:1");
    public static final long WAGES_MAX = 1_000_000_000L;
    public static final int USER_DAYS_MAX = 100_000;
    public static final int PLACES_MAX = 1000;
    public static final int TARGET_MAX = 1_000_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final RewardTables tables;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BigDecimal yenPerUnit;

    WageTiers(
            NamedParameterJdbcTemplate jdbc,
            RewardTables tables,
            CurrentUser currentUser,
            Clock clock,
            TsunaguProperties props) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.currentUser = currentUser;
        this.clock = clock;
        this.yenPerUnit = props.tier().yenPerUnit();
    }

    /** A month's figures as entered. */
    public record Month(YearMonth month, long wagesPaid, int userDays, int daysOpen) {}

    /** Where the facility stands now: its newest twelve months entered. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public Standing standing(long facilityId) {
        mayRead(facilityId);
        return standingUpTo(facilityId, null);
    }

    /** The months entered, newest first (two years at most). */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<Month> months(long facilityId) {
        mayRead(facilityId);
        return jdbc.query(
                "select month, wages_paid, user_days, days_open from facility_operation_month"
                        + " where facility_id = :f order by month desc limit 24",
                Map.of("f", facilityId),
                (rs, i) -> new Month(
                        YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2), rs.getInt(3), rs.getInt(4)));
    }

    /** What {@code addedWages} more in a year would do to the facility's wage and reward; empty without figures. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public Optional<TierEffect> effect(long facilityId, long addedWages) {
        mayRead(facilityId);
        Standing s = standingUpTo(facilityId, null);
        if (s.year() == null || s.table() == null) {
            return Optional.empty();
        }
        // A job's pay over its months counts against a year: scaled to the months the figures cover.
        long added = addedWages * s.year().months() / 12;
        Integer target = s.profile() == null ? null : s.profile().wageTarget();
        return TierEffect.of(s.year(), s.table(), target, added, yenPerUnit);
    }

    /** This month in Japan, by the application's clock. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Application.TOKYO));
    }

    public BigDecimal yenPerUnit() {
        return yenPerUnit;
    }

    /** Staffing, places and the facility's own wage target; refused beside the field. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.FACILITY})
    @Transactional
    public void saveProfile(long facilityId, String staffing, Integer places, Integer wageTarget) {
        mayWrite(facilityId);
        if (staffing == null || !STAFFING.contains(staffing)) {
            throw UserFacingException.onField("staffing", "tier.staffing.required");
        }
        if (places == null || places < 1 || places > PLACES_MAX) {
            throw UserFacingException.onField("places", "tier.places.range", PLACES_MAX);
        }
        if (wageTarget != null && (wageTarget < 0 || wageTarget > TARGET_MAX)) {
            throw UserFacingException.onField("wageTarget", "tier.target.range");
        }
        jdbc.update(
                "insert into facility_tier_profile (facility_id, staffing, places, wage_target, entered_by, entered_at)"
                        + " values (:f, :s, :p, :t, :by, :at) on conflict (facility_id) do update set"
                        + " staffing = excluded.staffing, places = excluded.places, wage_target = excluded.wage_target,"
                        + " entered_by = excluded.entered_by, entered_at = excluded.entered_at,"
                        + " version = facility_tier_profile.version + 1",
                new MapSqlParameterSource("f", facilityId)
                        .addValue("s", staffing)
                        .addValue("p", places)
                        .addValue("t", wageTarget)
                        .addValue("by", currentUser.username())
                        .addValue("at", Timestamp.from(clock.instant())));
    }

    /** A month's wages paid for all work, user-days and days open; entering a month again replaces it. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.FACILITY})
    @Transactional
    public void enterMonth(long facilityId, YearMonth month, Long wagesPaid, Integer userDays, Integer daysOpen) {
        mayWrite(facilityId);
        if (month == null) {
            throw UserFacingException.onField("month", "wages.month.required");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(Application.TOKYO)))) {
            throw UserFacingException.onField("month", "wages.month.future");
        }
        if (wagesPaid == null || wagesPaid < 0 || wagesPaid > WAGES_MAX) {
            throw UserFacingException.onField("wagesPaid", "tier.wages.range");
        }
        if (daysOpen == null || daysOpen < 0 || daysOpen > month.lengthOfMonth()) {
            throw UserFacingException.onField("daysOpen", "tier.daysOpen.range", month.lengthOfMonth());
        }
        if (userDays == null || userDays < 0 || userDays > USER_DAYS_MAX) {
            throw UserFacingException.onField("userDays", "tier.userDays.range");
        }
        if (daysOpen == 0 && userDays > 0) {
            throw UserFacingException.onField("daysOpen", "tier.daysOpen.withUsers");
        }
        jdbc.update(
                "insert into facility_operation_month"
                        + " (facility_id, month, wages_paid, user_days, days_open, entered_by, entered_at)"
                        + " values (:f, :m, :w, :u, :d, :by, :at) on conflict (facility_id, month) do update set"
                        + " wages_paid = excluded.wages_paid, user_days = excluded.user_days,"
                        + " days_open = excluded.days_open, entered_by = excluded.entered_by,"
                        + " entered_at = excluded.entered_at, version = facility_operation_month.version + 1",
                new MapSqlParameterSource("f", facilityId)
                        .addValue("m", Date.valueOf(month.atDay(1)))
                        .addValue("w", wagesPaid)
                        .addValue("u", userDays)
                        .addValue("d", daysOpen)
                        .addValue("by", currentUser.username())
                        .addValue("at", Timestamp.from(clock.instant())));
    }

    /**
     * How many facilities stand in a higher band at the end of the fiscal year (their newest twelve months in it)
     * than at its start (the twelve months before it).
     */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.DIRECTOR, AppRoles.INTERMEDIARY})
    @Transactional(readOnly = true)
    public long movedUpIn(int fiscalYear) {
        YearMonth before = YearMonth.from(FiscalYears.first(fiscalYear)).minusMonths(1);
        YearMonth end = YearMonth.from(FiscalYears.last(fiscalYear));
        List<Long> ids = jdbc.queryForList("select facility_id from facility_tier_profile", Map.of(), Long.class);
        long up = 0;
        for (long id : ids) {
            Standing start = standingUpTo(id, before);
            Standing now = standingUpTo(id, end);
            if (start.band().isPresent()
                    && now.band().isPresent()
                    && now.year().months() > 0
                    && now.band().get().wageFrom() > start.band().get().wageFrom()) {
                up++;
            }
        }
        return up;
    }

    /** The standing on the twelve months up to {@code upTo} entered (the newest entered when null). */
    Standing standingUpTo(long facilityId, YearMonth upTo) {
        Standing.Profile profile = jdbc
                .query(
                        "select staffing, places, wage_target, version from facility_tier_profile where facility_id = :f",
                        Map.of("f", facilityId),
                        (rs, i) -> new Standing.Profile(
                                rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3), rs.getLong(4)))
                .stream()
                .findFirst()
                .orElse(null);
        MapSqlParameterSource p = new MapSqlParameterSource("f", facilityId)
                .addValue("upTo", upTo == null ? null : Date.valueOf(upTo.atDay(1)), Types.DATE);
        AverageWage year = jdbc
                .query(
                        "with last as (select coalesce(cast(:upTo as date), max(month)) m from facility_operation_month"
                                + " where facility_id = :f)"
                                + " select sum(wages_paid), sum(user_days), sum(days_open), count(*)"
                                + " from facility_operation_month, last where facility_id = :f"
                                + " and month <= last.m and month > last.m - interval '12 months'",
                        p,
                        (rs, i) -> rs.getInt(4) == 0
                                ? null
                                : new AverageWage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)))
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        LocalDate on = upTo == null ? LocalDate.now(clock.withZone(Application.TOKYO)) : upTo.atEndOfMonth();
        RewardBands table = profile == null
                ? null
                : tables.applying(profile.staffing(), profile.places(), on).orElse(null);
        Long monthly = year == null ? null : year.monthly().orElse(null);
        return new Standing(profile, year, table, monthly);
    }

    private void mayRead(long facilityId) {
        if (currentUser.hasRole(AppRoles.FACILITY) && currentUser.facilityId().orElse(-1L) != facilityId) {
            throw UserFacingException.notFound("facility.notFound");
        }
    }

    private void mayWrite(long facilityId) {
        mayRead(facilityId);
    }
}
