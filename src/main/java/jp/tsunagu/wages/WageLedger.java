package jp.tsunagu.wages;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.delivery.DeliveryConfirmed;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wage ledger: for each facility and month, the amount paid for accepted batches (delivered quantity × unit
 * price, fixed at acceptance), the workers who took part and their hours (entered by the facility or the
 * intermediary), so the monthly wage per worker the programme pays is known every month, next to the facility's
 * wage before it joined. Amounts are rounded half up to the yen.
 */
@Service
public class WageLedger {

    public static final int WORKERS_MAX = 10_000;
    public static final BigDecimal HOURS_MAX = new BigDecimal("1000000");
    /** No worker works more hours in a month than the month has. */
    static final int HOURS_PER_WORKER_MONTH_MAX = 744;

    public static final int WAGE_MAX = 1_000_000;
    private static final ZoneId ZONE = Application.TOKYO;

    private final NamedParameterJdbcTemplate jdbc;
    private final WageMonthRepository months;
    private final WageBeforeRepository befores;
    private final CurrentUser currentUser;
    private final Clock clock;

    WageLedger(
            NamedParameterJdbcTemplate jdbc,
            WageMonthRepository months,
            WageBeforeRepository befores,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.months = months;
        this.befores = befores;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The ledger from {@code from} to {@code to} (months, inclusive), optionally one facility; facility staff get
     * their own facility's. Each facility's months are followed by its figure over the period.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<LedgerRow> ledger(YearMonth from, YearMonth to, Long facilityId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw UserFacingException.onField(from == null ? "from" : "to", "sheet.period.order");
        }
        Long only = scope(facilityId);
        MapSqlParameterSource p = new MapSqlParameterSource("from", Date.valueOf(from.atDay(1)))
                .addValue("to", Date.valueOf(to.atDay(1)))
                .addValue("facility", only == null ? -1L : only);
        String facilityFilter = only == null ? "" : " and facility_id = :facility";
        List<LedgerRow> lines = jdbc.query(
                "with paid as (select facility_id, accepted_month m, sum(accepted_amount) amount, "
                        + "count(*) batches, sum(delivered_quantity) qty from delivery_batch "
                        + "where accepted_month between :from and :to" + facilityFilter + " group by 1, 2), "
                        + "entered as (select facility_id, month m, workers, hours from wage_month "
                        + "where month between :from and :to" + facilityFilter + "), "
                        + "keys as (select facility_id, m from paid union select facility_id, m from entered) "
                        + "select k.facility_id, f.name, k.m, coalesce(p.amount, 0), coalesce(p.batches, 0), "
                        + "coalesce(p.qty, 0), e.workers, e.hours, b.monthly_wage, b.fiscal_year from keys k "
                        + "join facility f on f.id = k.facility_id left join paid p on p.facility_id = k.facility_id "
                        + "and p.m = k.m left join entered e on e.facility_id = k.facility_id and e.m = k.m "
                        + "left join facility_wage_before b on b.facility_id = k.facility_id order by f.name, k.facility_id, k.m",
                p,
                (rs, n) -> {
                    long paid = rs.getLong(4);
                    Integer workers = (Integer) rs.getObject(7);
                    BigDecimal hours = rs.getBigDecimal(8);
                    return new LedgerRow(
                            rs.getDate(3).toLocalDate(),
                            rs.getLong(1),
                            rs.getString(2),
                            paid,
                            rs.getInt(5),
                            rs.getLong(6),
                            workers,
                            hours,
                            divide(paid, workers == null ? null : BigDecimal.valueOf(workers)),
                            divide(paid, hours),
                            (Integer) rs.getObject(9),
                            (Integer) rs.getObject(10));
                });
        Map<Long, List<LedgerRow>> byFacility = new LinkedHashMap<>();
        lines.forEach(l -> byFacility
                .computeIfAbsent(l.facilityId(), k -> new ArrayList<>())
                .add(l));
        List<LedgerRow> result = new ArrayList<>();
        byFacility.forEach((id, rows) -> {
            result.addAll(rows);
            result.add(total(rows));
        });
        return result;
    }

    /** Only the facility totals: one line per facility, for the chart and the KPI. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<LedgerRow> totals(YearMonth from, YearMonth to) {
        return ledger(from, to, null).stream().filter(LedgerRow::isTotal).toList();
    }

    /**
     * A delivery the facility reported was confirmed: its hours join the facility's month (created if it had none),
     * and the month counts at least the workers who did it.
     */
    @EventListener
    void deliveryConfirmed(DeliveryConfirmed d) {
        LocalDate first = d.month().atDay(1);
        WageMonth row = months.findById(new WageMonth.Key(d.facilityId(), first))
                .orElseGet(() -> new WageMonth(d.facilityId(), first));
        boolean isNew = row.getHours() == null;
        int workers = isNew ? d.workers() : Math.max(row.getWorkers(), d.workers());
        BigDecimal hours =
                (isNew ? BigDecimal.ZERO : row.getHours()).add(d.hours()).setScale(1, RoundingMode.HALF_UP);
        row.set(workers, hours, currentUser.username(), clock.instant());
        months.save(row);
    }

    /** What was entered for a facility's month, with the version a later save expects. */
    public record MonthEntry(int workers, BigDecimal hours, long version) {}

    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public Optional<MonthEntry> monthEntry(long facilityId, YearMonth month) {
        return months.findById(new WageMonth.Key(scope(facilityId), month.atDay(1)))
                .map(m -> new MonthEntry(m.getWorkers(), m.getHours(), m.getVersion()));
    }

    /**
     * Enters a facility's workers and hours on the programme's work for a month. Refused, with nothing saved, for
     * negative or absurd numbers, hours without workers, a month still to come, another facility's figures, or when
     * someone saved the month since it was read ({@code expectedVersion}: null when it had no entry).
     */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.FACILITY})
    @Transactional
    public void enterMonth(long facilityId, YearMonth month, Integer workers, BigDecimal hours, Long expectedVersion) {
        mayWrite(facilityId);
        if (month == null) {
            throw UserFacingException.onField("month", "wages.month.required");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(ZONE)))) {
            throw UserFacingException.onField("month", "wages.month.future");
        }
        if (workers == null || workers < 0 || workers > WORKERS_MAX) {
            throw UserFacingException.onField("workers", "wages.workers.range", WORKERS_MAX);
        }
        if (hours == null
                || hours.signum() < 0
                || hours.compareTo(HOURS_MAX) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            throw UserFacingException.onField("hours", "wages.hours.range");
        }
        if (workers == 0 && hours.signum() > 0) {
            throw UserFacingException.onField("hours", "wages.hours.noWorkers");
        }
        if (hours.compareTo(BigDecimal.valueOf((long) workers * HOURS_PER_WORKER_MONTH_MAX)) > 0) {
            throw UserFacingException.onField("hours", "wages.hours.tooMany", HOURS_PER_WORKER_MONTH_MAX);
        }
        LocalDate first = month.atDay(1);
        WageMonth existing =
                months.findById(new WageMonth.Key(facilityId, first)).orElse(null);
        if (existing == null
                ? expectedVersion != null
                : expectedVersion == null || existing.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("wages.changed");
        }
        WageMonth row = existing == null ? new WageMonth(facilityId, first) : existing;
        row.set(workers, hours.setScale(1, RoundingMode.HALF_UP), currentUser.username(), clock.instant());
        months.save(row);
    }

    /** Enters the facility's average monthly wage per worker before it joined, and the fiscal year it is from. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.FACILITY})
    @Transactional
    public void enterWageBefore(long facilityId, Integer monthlyWage, Integer fiscalYear) {
        mayWrite(facilityId);
        if (monthlyWage == null || monthlyWage < 0 || monthlyWage > WAGE_MAX) {
            throw UserFacingException.onField("before", "wages.before.range", WAGE_MAX);
        }
        int thisYear = YearMonth.now(clock.withZone(ZONE)).getYear();
        if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > thisYear) {
            throw UserFacingException.onField("beforeYear", "wages.before.year", thisYear);
        }
        WageBefore row = befores.findById(facilityId).orElseGet(() -> new WageBefore(facilityId));
        row.set(monthlyWage, fiscalYear, currentUser.username(), clock.instant());
        befores.save(row);
    }

    /** A facility the ledger can be entered for. */
    public record FacilityOption(long id, String name) {}

    /** The facilities whose figures the current user may enter: all for the intermediary, their own for staff. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<FacilityOption> enterable() {
        Long only = scope(null);
        return jdbc.query(
                "select id, name from facility" + (only == null ? "" : " where id = :id") + " order by name, id",
                new MapSqlParameterSource("id", only == null ? -1L : only),
                (rs, n) -> new FacilityOption(rs.getLong(1), rs.getString(2)));
    }

    private Long scope(Long facilityId) {
        if (currentUser.hasRole(AppRoles.FACILITY)) {
            return currentUser.facilityId().orElse(-1L);
        }
        return facilityId;
    }

    private void mayWrite(long facilityId) {
        if (currentUser.hasRole(AppRoles.FACILITY) && currentUser.facilityId().orElse(-1L) != facilityId) {
            throw new UserFacingException("error.forbidden");
        }
        Integer exists = jdbc.queryForObject(
                "select count(*) from facility where id = :id",
                new MapSqlParameterSource("id", facilityId),
                Integer.class);
        if (exists == null || exists == 0) {
            throw UserFacingException.notFound("facility.notFound");
        }
    }

    private static LedgerRow total(List<LedgerRow> rows) {
        LedgerRow first = rows.get(0);
        long paid = rows.stream().mapToLong(LedgerRow::paid).sum();
        long paidWithWorkers = rows.stream()
                .filter(r -> r.workers() != null && r.workers() > 0)
                .mapToLong(LedgerRow::paid)
                .sum();
        int workerMonths = rows.stream()
                .filter(r -> r.workers() != null)
                .mapToInt(LedgerRow::workers)
                .sum();
        BigDecimal hours =
                rows.stream().map(LedgerRow::hours).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        long paidWithHours = rows.stream()
                .filter(r -> r.hours() != null && r.hours().signum() > 0)
                .mapToLong(LedgerRow::paid)
                .sum();
        return new LedgerRow(
                null,
                first.facilityId(),
                first.facilityName(),
                paid,
                rows.stream().mapToInt(LedgerRow::batches).sum(),
                rows.stream().mapToLong(LedgerRow::acceptedQuantity).sum(),
                workerMonths,
                hours,
                divide(paidWithWorkers, BigDecimal.valueOf(workerMonths)),
                divide(paidWithHours, hours),
                first.wageBefore(),
                first.wageBeforeYear());
    }

    private static Long divide(long amount, BigDecimal by) {
        if (by == null || by.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(amount).divide(by, 0, RoundingMode.HALF_UP).longValue();
    }
}
