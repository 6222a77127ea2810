package jp.tsunagu.kpi;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.Table.Kind;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year's plan per figure and the sales cost per month, both entered by a supervisor. */
@Service
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
public class KpiPlanService {

    public static final BigDecimal PLAN_MAX = new BigDecimal("1000000000000");
    public static final long SALES_COST_MAX = 10_000_000_000L;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    KpiPlanService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

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
                throw UserFacingException.onField(kpi.name(), "kpi.plan.negative", kpi.messageKey());
            }
            if (kpi.kind() == Kind.PERCENT && value.compareTo(BigDecimal.ONE) > 0) {
                throw UserFacingException.onField(kpi.name(), "kpi.plan.rate", kpi.messageKey());
            }
            if (value.abs().compareTo(PLAN_MAX) >= 0) {
                throw UserFacingException.onField(kpi.name(), "kpi.plan.tooLarge", kpi.messageKey());
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
                throw UserFacingException.onField(
                        m.toString(), "kpi.cost.range", m.getYear() + "/" + m.getMonthValue());
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

    /** The year's sales cost, or null when no month has one. */
    @Transactional(readOnly = true)
    public Long salesCostOfYear(int fiscalYear) {
        return jdbc.queryForObject(
                "select sum(amount) from sales_cost where month between :from and :to",
                new MapSqlParameterSource("from", Date.valueOf(FiscalYears.first(fiscalYear)))
                        .addValue("to", Date.valueOf(FiscalYears.last(fiscalYear))),
                Long.class);
    }
}
