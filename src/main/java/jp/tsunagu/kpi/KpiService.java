package jp.tsunagu.kpi;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.Table.Column;
import jp.tsunagu.base.Table.Kind;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.sla.AssignmentLeadTimes;
import jp.tsunagu.wages.LedgerRow;
import jp.tsunagu.wages.WageLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's KPIs for a fiscal year, each by its written definition, every one computed in PostgreSQL: the
 * deal figures live from the deal table while it is small enough to scan within the dashboard's budget, otherwise
 * from the rollup the background refresh keeps; assignment lead times from the SLA records; wages from the wage
 * ledger; facility counts from the registry, assignments and accepted deliveries. Also the year's plan, the sales
 * cost by month, and the rows behind each figure.
 */
@Service
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
public class KpiService {

    /** A drill-down shows at most this many rows (and says so). */
    public static final int DRILL_LIMIT = 1000;

    public static final BigDecimal PLAN_MAX = new BigDecimal("1000000000000");
    public static final long SALES_COST_MAX = 10_000_000_000L;

    private final NamedParameterJdbcTemplate jdbc;
    private final KpiRollup rollup;
    private final AssignmentLeadTimes leadTimes;
    private final WageLedger ledger;
    private final CurrentUser currentUser;
    private final jp.tsunagu.security.UserDirectory users;
    private final Clock clock;
    private final long liveLimit;
    private final java.time.Duration liveReuse;
    /** Live figures by filter and day, reused for {@link #liveReuse}: a dashboard opened by many is computed once. */
    private final Map<LiveKey, LiveFigures> recent = new java.util.concurrent.ConcurrentHashMap<>();

    private record LiveKey(KpiFilter filter, LocalDate today) {}

    private record LiveFigures(double[] values, Instant at) {}

    KpiService(
            NamedParameterJdbcTemplate jdbc,
            KpiRollup rollup,
            AssignmentLeadTimes leadTimes,
            WageLedger ledger,
            CurrentUser currentUser,
            jp.tsunagu.security.UserDirectory users,
            Clock clock,
            @Value("${tsunagu.kpi.live-limit:200000}") long liveLimit,
            @Value("${tsunagu.kpi.live-reuse:PT1M}") java.time.Duration liveReuse) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.leadTimes = leadTimes;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.liveLimit = liveLimit;
        this.liveReuse = liveReuse;
    }

    /** Every figure of the year with its plan, and the charts' series. */
    @Transactional(readOnly = true)
    public KpiReport report(KpiFilter filter) {
        LocalDate today = LocalDate.now(clock);
        double[] v = null;
        KpiReport.Source source = KpiReport.Source.LIVE;
        Instant asOf = clock.instant();
        if (rollup.dealCount() > liveLimit) {
            Instant refreshed = rollup.refreshedAt();
            if (refreshed != null) {
                v = rollup.figures(filter);
                source = KpiReport.Source.ROLLUP;
                asOf = refreshed;
            }
        }
        if (v == null) {
            LiveFigures live = live(filter, today);
            v = live.values();
            asOf = live.at();
        }
        Map<Kpi, Double> actual = new EnumMap<>(Kpi.class);
        actual.put(Kpi.LEAD_CUSTOMERS, v[KpiQueries.LEAD_CUSTOMERS]);
        actual.put(Kpi.DEMAND, v[KpiQueries.DEMAND]);
        actual.put(Kpi.LOST_TOTAL, v[KpiQueries.LOST_TOTAL]);
        actual.put(Kpi.ORDERING_CUSTOMERS, v[KpiQueries.ORDERING_CUSTOMERS]);
        actual.put(Kpi.CONTRACT_RATE, ratio(v[KpiQueries.ORDERING_CUSTOMERS], v[KpiQueries.LEAD_CUSTOMERS]));
        actual.put(Kpi.ORDER_TOTAL, v[KpiQueries.ORDER_TOTAL]);
        actual.put(Kpi.ORDER_RATE, ratio(v[KpiQueries.ORDER_TOTAL], v[KpiQueries.DEMAND]));
        actual.put(Kpi.ARR, v[KpiQueries.ARR]);
        Long cost = salesCostOfYear(filter.fiscalYear());
        actual.put(Kpi.CAC, cost == null ? null : ratio(cost, v[KpiQueries.NEW_CUSTOMERS]));
        actual.put(Kpi.LTV, ratio(v[KpiQueries.ORDER_TOTAL], v[KpiQueries.ORDERING_CUSTOMERS]));
        actual.put(Kpi.MONTHLY_DEAL_PRICE, ratio(v[KpiQueries.ORDERED_MONTHLY], v[KpiQueries.ORDER_COUNT]));

        List<LedgerRow> wages = ledger.totals(YearMonth.from(filter.first()), YearMonth.from(filter.last()));
        wageFigures(wages, actual);
        facilityFigures(filter, actual);

        AssignmentLeadTimes.Figures lt = leadTimes.of(
                filter.first(), filter.last(), filter.category(), filter.director(), filter.intermediary());
        actual.put(Kpi.LEAD_TIME_PC, lt.pc().median());
        actual.put(Kpi.LEAD_TIME_PC_P90, lt.pc().p90());
        actual.put(Kpi.LEAD_TIME_OTHER, lt.other().median());
        actual.put(Kpi.LEAD_TIME_OTHER_P90, lt.other().p90());

        Map<Kpi, Double> plan = plan(filter.fiscalYear());
        Double target = plan.get(Kpi.WAGE_AFTER);
        return new KpiReport(
                filter,
                actual,
                plan,
                source,
                asOf,
                slice(v, KpiQueries.FUNNEL, KpiQueries.FUNNEL_STEPS),
                slice(v, KpiQueries.MONTHLY_DEMAND, 12),
                slice(v, KpiQueries.MONTHLY_ORDERS, 12),
                lt,
                wages,
                production(filter),
                target == null ? null : Math.round(target));
    }

    /** How long live figures are reused for the same filter (zero: computed for every report). */
    public java.time.Duration liveReuse() {
        return liveReuse;
    }

    public boolean reusesLiveFigures() {
        return !(liveReuse.isZero() || liveReuse.isNegative());
    }

    /** Rebuilds the rollup now rather than at its next turn; false if another node is rebuilding it. */
    public boolean refreshRollup() {
        return rollup.refresh();
    }

    /** The live figures computed less than {@link #liveReuse} ago for the same filter, or computed now. */
    private LiveFigures live(KpiFilter filter, LocalDate today) {
        Instant now = clock.instant();
        LiveKey key = new LiveKey(filter, today);
        LiveFigures cached = recent.get(key);
        if (cached != null && now.isBefore(cached.at().plus(liveReuse)) && !now.isBefore(cached.at())) {
            return cached;
        }
        LiveFigures computed = new LiveFigures(liveFigures(filter, today), now);
        if (reusesLiveFigures()) {
            recent.values().removeIf(f -> !now.isBefore(f.at().plus(liveReuse)));
            recent.put(key, computed);
        }
        return computed;
    }

    double[] liveFigures(KpiFilter filter, LocalDate today) {
        return jdbc.query(KpiQueries.live(filter.fiscalYear(), today, yearFilters(filter)), params(filter), rs -> {
            rs.next();
            return KpiRollup.numbers(rs.getArray(1));
        });
    }

    /** Before and after over the facilities that have both (paid work with workers entered, and a wage before). */
    private static void wageFigures(List<LedgerRow> wages, Map<Kpi, Double> actual) {
        long paid = 0;
        long workerMonths = 0;
        double before = 0;
        for (LedgerRow r : wages) {
            if (r.workers() != null && r.workers() > 0 && r.wageBefore() != null) {
                paid += r.paid();
                workerMonths += r.workers();
                before += (double) r.wageBefore() * r.workers();
            }
        }
        if (workerMonths > 0) {
            double after = Math.round((double) paid / workerMonths);
            double was = Math.round(before / workerMonths);
            actual.put(Kpi.WAGE_BEFORE, was);
            actual.put(Kpi.WAGE_AFTER, after);
            actual.put(Kpi.WAGE_INCREASE, after - was);
        }
    }

    private void facilityFigures(KpiFilter filter, Map<Kpi, Double> actual) {
        MapSqlParameterSource p = params(filter);
        actual.put(
                Kpi.FACILITIES_REGISTERED,
                jdbc.queryForObject("select count(*) from facility where created_at < :end", p, Double.class));
        actual.put(
                Kpi.FACILITIES_ORDERED,
                jdbc.queryForObject(
                        "select count(distinct a.facility_id) from assignment a "
                                + "join deal d on d.id = a.deal_id where a.confirmed_at >= :start and a.confirmed_at < :end"
                                + dealFilters(filter, "d."),
                        p,
                        Double.class));
        actual.put(
                Kpi.FACILITIES_CONTINUOUS_PC,
                jdbc.queryForObject(
                        "select count(*) from (" + CONTINUOUS + dealFilters(filter, "d.")
                                + " group by 1 having count(distinct b.accepted_month) >= 3) x",
                        p,
                        Double.class));
    }

    /** Facilities with PC work accepted in three or more months of the year: "continuous PC work". */
    private static final String CONTINUOUS =
            "select b.facility_id from delivery_batch b join deal d on d.id = b.deal_id "
                    + "where d.work_category = 'PC' and b.accepted_month between :startDay and :endDay";

    private List<KpiReport.Production> production(KpiFilter filter) {
        LocalDate today = LocalDate.now(clock);
        long months = Math.max(
                1,
                Math.min(
                        12,
                        java.time.temporal.ChronoUnit.MONTHS.between(
                                        YearMonth.from(filter.first()), YearMonth.from(today))
                                + 1));
        Map<Long, KpiReport.Production> byFacility = new LinkedHashMap<>();
        MapSqlParameterSource p = params(filter);
        jdbc.query(
                "select b.facility_id, f.name, d.work_category, sum(b.accepted_amount), "
                        + "(select avg(w.workers) from wage_month w where w.facility_id = b.facility_id "
                        + "and w.month between :startDay and :endDay and w.workers > 0) "
                        + "from delivery_batch b join deal d on d.id = b.deal_id join facility f on f.id = b.facility_id "
                        + "where b.accepted_month between :startDay and :endDay" + dealFilters(filter, "d.")
                        + " group by 1, 2, 3 order by 2, 1",
                p,
                rs -> {
                    KpiReport.Production row = byFacility.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            BigDecimal w = rs.getBigDecimal(5);
                            return new KpiReport.Production(
                                    id,
                                    rs.getString(2),
                                    new EnumMap<>(WorkCategory.class),
                                    w == null ? null : w.doubleValue());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    row.monthly()
                            .put(WorkCategory.valueOf(rs.getString(3)), Math.round(rs.getLong(4) / (double) months));
                });
        return new ArrayList<>(byFacility.values());
    }

    // ---- plan and sales cost ----

    /** The year's plan by figure (figures without a plan are absent). */
    @Transactional(readOnly = true)
    public Map<Kpi, Double> plan(int fiscalYear) {
        Map<Kpi, Double> plan = new EnumMap<>(Kpi.class);
        jdbc.query(
                "select kpi, value from kpi_plan where fiscal_year = :fy",
                new MapSqlParameterSource("fy", fiscalYear),
                rs -> {
                    try {
                        plan.put(Kpi.valueOf(rs.getString(1)), rs.getDouble(2));
                    } catch (IllegalArgumentException retired) {
                        // a figure no longer on the dashboard
                    }
                });
        return plan;
    }

    /**
     * Saves the year's plan: a value per figure, {@code null} to have none. Rates are fractions (0.72 for 72 %).
     * Refused, with nothing saved, for a negative value, a rate above 100 %, or an absurd amount.
     */
    @Transactional
    public void savePlan(int fiscalYear, Map<Kpi, BigDecimal> values) {
        KpiFilter.year(fiscalYear);
        values.forEach((kpi, value) -> {
            if (value == null) {
                return;
            }
            if (value.signum() < 0 && kpi != Kpi.WAGE_INCREASE) {
                throw new UserFacingException("kpi.plan.negative", kpi.messageKey());
            }
            if (kpi.kind() == Kind.PERCENT && value.compareTo(BigDecimal.ONE) > 0) {
                throw new UserFacingException("kpi.plan.rate", kpi.messageKey());
            }
            if (value.abs().compareTo(PLAN_MAX) >= 0) {
                throw new UserFacingException("kpi.plan.tooLarge", kpi.messageKey());
            }
        });
        Timestamp now = Timestamp.from(clock.instant());
        values.forEach((kpi, value) -> {
            MapSqlParameterSource p = new MapSqlParameterSource("fy", fiscalYear)
                    .addValue("kpi", kpi.name())
                    .addValue("value", value)
                    .addValue("by", currentUser.username())
                    .addValue("at", now);
            if (value == null) {
                jdbc.update("delete from kpi_plan where fiscal_year = :fy and kpi = :kpi", p);
            } else {
                jdbc.update(
                        "insert into kpi_plan (fiscal_year, kpi, value, updated_by, updated_at) "
                                + "values (:fy, :kpi, :value, :by, :at) on conflict (fiscal_year, kpi) do update "
                                + "set value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                        p);
            }
        });
    }

    /** The sales cost entered for each month of the year (null where none was entered). */
    @Transactional(readOnly = true)
    public Map<YearMonth, Long> salesCosts(int fiscalYear) {
        Map<YearMonth, Long> costs = new LinkedHashMap<>();
        FiscalYears.months(fiscalYear).forEach(m -> costs.put(m, null));
        jdbc.query(
                "select month, amount from sales_cost where month between :from and :to",
                new MapSqlParameterSource("from", Date.valueOf(FiscalYears.first(fiscalYear)))
                        .addValue("to", Date.valueOf(FiscalYears.last(fiscalYear))),
                rs -> {
                    costs.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2));
                });
        return costs;
    }

    /** Saves sales costs by month ({@code null} removes a month's figure); refused whole for a negative amount. */
    @Transactional
    public void saveSalesCosts(Map<YearMonth, Long> costs) {
        costs.forEach((m, amount) -> {
            if (amount != null && (amount < 0 || amount > SALES_COST_MAX)) {
                throw new UserFacingException("kpi.cost.range", m.getYear() + "/" + m.getMonthValue());
            }
        });
        Timestamp now = Timestamp.from(clock.instant());
        costs.forEach((m, amount) -> {
            MapSqlParameterSource p = new MapSqlParameterSource("month", Date.valueOf(m.atDay(1)))
                    .addValue("amount", amount)
                    .addValue("by", currentUser.username())
                    .addValue("at", now);
            if (amount == null) {
                jdbc.update("delete from sales_cost where month = :month", p);
            } else {
                jdbc.update(
                        "insert into sales_cost (month, amount, updated_by, updated_at) values (:month, :amount, :by, :at) "
                                + "on conflict (month) do update set amount = excluded.amount, updated_by = excluded.updated_by, "
                                + "updated_at = excluded.updated_at",
                        p);
            }
        });
    }

    private Long salesCostOfYear(int fiscalYear) {
        return jdbc.queryForObject(
                "select sum(amount) from sales_cost where month between :from and :to",
                new MapSqlParameterSource("from", Date.valueOf(FiscalYears.first(fiscalYear)))
                        .addValue("to", Date.valueOf(FiscalYears.last(fiscalYear))),
                Long.class);
    }

    /** The directors and intermediary staff (user name → display name), for the filters. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> owners() {
        Map<String, Map<String, String>> owners = new LinkedHashMap<>();
        owners.put("director", byName(users.withRole(AppRoles.DIRECTOR)));
        owners.put("intermediary", byName(users.withRole(AppRoles.INTERMEDIARY)));
        return owners;
    }

    private static Map<String, String> byName(List<Map.Entry<String, String>> people) {
        Map<String, String> names = new LinkedHashMap<>();
        people.forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    // ---- drill-down ----

    /** The deals, customers or facilities behind a figure (at most {@link #DRILL_LIMIT} rows), headed in the locale. */
    @Transactional(readOnly = true)
    public Table drill(Kpi kpi, KpiFilter filter, Locale locale) {
        return new KpiDrill(jdbc, locale, filter, LocalDate.now(clock))
                .table(kpi, () -> ledger.totals(YearMonth.from(filter.first()), YearMonth.from(filter.last())));
    }

    /** The year's figures as a table: figure, plan, actual, difference, definition. */
    @Transactional(readOnly = true)
    public Table table(KpiReport report, Locale locale) {
        List<Column> columns = List.of(
                new Column(t("kpi.figure", locale), Kind.TEXT),
                new Column(t("kpi.plan", locale), Kind.TEXT),
                new Column(t("kpi.actual", locale), Kind.TEXT),
                new Column(t("kpi.difference", locale), Kind.TEXT),
                new Column(t("kpi.definition", locale), Kind.TEXT));
        List<Table.Row> rows = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            rows.add(new Table.Row(
                    List.of(
                            t(kpi.messageKey(), locale),
                            KpiFormat.value(kpi, report.plan().get(kpi), locale),
                            KpiFormat.value(kpi, report.actual().get(kpi), locale),
                            KpiFormat.difference(kpi, report.difference(kpi), locale),
                            t(kpi.messageKey() + ".def", locale)),
                    null));
        }
        return new Table(t("kpi.title", locale) + " FY" + report.filter().fiscalYear(), columns, rows);
    }

    static String t(String key, Locale locale, Object... params) {
        return TsunaguI18NProvider.translate(key, locale, params);
    }

    // ---- shared helpers ----

    /** The filters on the year's deals (f), whose columns are named as in {@link KpiQueries#DEALS}. */
    static String yearFilters(KpiFilter f) {
        return (f.director() == null ? "" : " and director = :director")
                + (f.intermediary() == null ? "" : " and intermediary = :intermediary")
                + (f.category() == null ? "" : " and category = :category");
    }

    static String dealFilters(KpiFilter f, String alias) {
        return (f.director() == null ? "" : " and " + alias + "director = :director")
                + (f.intermediary() == null ? "" : " and " + alias + "intermediary = :intermediary")
                + (f.category() == null ? "" : " and " + alias + "work_category = :category");
    }

    /** The filter's values and the year's bounds as instants (timestamps) and as days (dates). */
    static MapSqlParameterSource params(KpiFilter f) {
        return new MapSqlParameterSource("director", f.director())
                .addValue("intermediary", f.intermediary())
                .addValue("category", f.category() == null ? null : f.category().name())
                .addValue(
                        "start",
                        Timestamp.from(f.first().atStartOfDay(KpiRollup.TOKYO).toInstant()))
                .addValue(
                        "end",
                        Timestamp.from(f.last()
                                .plusDays(1)
                                .atStartOfDay(KpiRollup.TOKYO)
                                .toInstant()))
                .addValue("startDay", Date.valueOf(f.first()))
                .addValue("endDay", Date.valueOf(f.last()));
    }

    private static Double ratio(double a, double b) {
        return b == 0 ? null : a / b;
    }

    private static long[] slice(double[] v, int from, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.round(v[from + i]);
        }
        return out;
    }
}
