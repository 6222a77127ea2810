package jp.tsunagu.kpi;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.Table.Column;
import jp.tsunagu.base.Table.Kind;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.AssignmentLeadTimes;
import jp.tsunagu.wages.LedgerRow;
import jp.tsunagu.wages.WageLedger;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final KpiFigureSource figures;
    private final FacilityFigures facilities;
    private final KpiPlanService plans;
    private final AssignmentLeadTimes leadTimes;
    private final WageLedger ledger;
    private final UserDirectory users;
    private final Clock clock;

    KpiService(
            NamedParameterJdbcTemplate jdbc,
            KpiFigureSource figures,
            FacilityFigures facilities,
            KpiPlanService plans,
            AssignmentLeadTimes leadTimes,
            WageLedger ledger,
            UserDirectory users,
            Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.facilities = facilities;
        this.plans = plans;
        this.leadTimes = leadTimes;
        this.ledger = ledger;
        this.users = users;
        this.clock = clock;
    }

    /** Every figure of the year with its plan, and the charts' series. */
    @Transactional(readOnly = true)
    public KpiReport report(KpiFilter filter) {
        KpiFigureSource.Figures source = figures.of(filter);
        DealFigures d = source.deals();
        Map<Kpi, Double> actual = new EnumMap<>(Kpi.class);
        actual.put(Kpi.LEAD_CUSTOMERS, d.leadCustomers());
        actual.put(Kpi.DEMAND, d.demand());
        actual.put(Kpi.LOST_TOTAL, d.lostTotal());
        actual.put(Kpi.ORDERING_CUSTOMERS, d.orderingCustomers());
        actual.put(Kpi.CONTRACT_RATE, ratio(d.orderingCustomers(), d.leadCustomers()));
        actual.put(Kpi.ORDER_TOTAL, d.orderTotal());
        actual.put(Kpi.ORDER_RATE, ratio(d.orderTotal(), d.demand()));
        actual.put(Kpi.ARR, d.arr());
        Long cost = plans.salesCostOfYear(filter.fiscalYear());
        actual.put(Kpi.CAC, cost == null ? null : ratio(cost, d.newCustomers()));
        actual.put(Kpi.LTV, ratio(d.orderTotal(), d.orderingCustomers()));
        actual.put(Kpi.MONTHLY_DEAL_PRICE, ratio(d.orderedMonthly(), d.orderCount()));

        List<LedgerRow> wages = ledger.totals(YearMonth.from(filter.first()), YearMonth.from(filter.last()));
        FacilityFigures.wages(wages, actual);
        facilities.counts(filter, actual);

        AssignmentLeadTimes.Figures lt = leadTimes.of(
                filter.first(), filter.last(), filter.category(), filter.director(), filter.intermediary());
        actual.put(Kpi.LEAD_TIME_PC, lt.pc().median());
        actual.put(Kpi.LEAD_TIME_PC_P90, lt.pc().p90());
        actual.put(Kpi.LEAD_TIME_OTHER, lt.other().median());
        actual.put(Kpi.LEAD_TIME_OTHER_P90, lt.other().p90());

        Map<Kpi, Double> plan = plans.plan(filter.fiscalYear());
        Double target = plan.get(Kpi.WAGE_AFTER);
        return new KpiReport(
                filter,
                actual,
                plan,
                source.source(),
                source.asOf(),
                d.funnel(),
                d.monthlyDemand(),
                d.monthlyOrders(),
                lt,
                wages,
                facilities.production(filter),
                target == null ? null : Math.round(target));
    }

    /** How long live figures are reused for the same filter (zero: computed for every report). */
    public Duration liveReuse() {
        return figures.liveReuse();
    }

    public boolean reusesLiveFigures() {
        return figures.reusesLiveFigures();
    }

    /** Rebuilds the rollup now rather than at its next turn; false if another node is rebuilding it. */
    public boolean refreshRollup() {
        return figures.refreshRollup();
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
                new Column(KpiSql.t("kpi.figure", locale), Kind.TEXT),
                new Column(KpiSql.t("kpi.plan", locale), Kind.TEXT),
                new Column(KpiSql.t("kpi.actual", locale), Kind.TEXT),
                new Column(KpiSql.t("kpi.difference", locale), Kind.TEXT),
                new Column(KpiSql.t("kpi.definition", locale), Kind.TEXT));
        List<Table.Row> rows = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            rows.add(new Table.Row(
                    List.of(
                            KpiSql.t(kpi.messageKey(), locale),
                            KpiFormat.value(kpi, report.plan().get(kpi), locale),
                            KpiFormat.value(kpi, report.actual().get(kpi), locale),
                            KpiFormat.difference(kpi, report.difference(kpi), locale),
                            KpiSql.t(kpi.messageKey() + ".def", locale)),
                    null));
        }
        return new Table(KpiSql.t("kpi.title", locale) + " FY" + report.filter().fiscalYear(), columns, rows);
    }

    private static Double ratio(double a, double b) {
        return b == 0 ? null : a / b;
    }
}
