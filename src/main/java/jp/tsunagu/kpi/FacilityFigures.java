package jp.tsunagu.kpi;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.wages.LedgerRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The facility side of the year: wages before and after, facilities registered, ordered and in continuous PC work, and each facility's monthly production. */
@Component
class FacilityFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    FacilityFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Before and after over the facilities that have both (paid work with workers entered, and a wage before). */
    static void wages(List<LedgerRow> wages, Map<Kpi, Double> actual) {
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

    void counts(KpiFilter filter, Map<Kpi, Double> actual) {
        MapSqlParameterSource p = KpiSql.params(filter);
        actual.put(
                Kpi.FACILITIES_REGISTERED,
                jdbc.queryForObject("select count(*) from facility where created_at < :end", p, Double.class));
        actual.put(
                Kpi.FACILITIES_ORDERED,
                jdbc.queryForObject(
                        "select count(distinct a.facility_id) from assignment a "
                                + "join deal d on d.id = a.deal_id where a.confirmed_at >= :start and a.confirmed_at < :end"
                                + KpiSql.dealFilters(filter, "d."),
                        p,
                        Double.class));
        actual.put(
                Kpi.FACILITIES_CONTINUOUS_PC,
                jdbc.queryForObject(
                        "select count(*) from (" + CONTINUOUS + KpiSql.dealFilters(filter, "d.")
                                + " group by 1 having count(distinct b.accepted_month) >= 3) x",
                        p,
                        Double.class));
    }

    /** Facilities with PC work accepted in three or more months of the year: "continuous PC work". */
    private static final String CONTINUOUS =
            "select b.facility_id from delivery_batch b join deal d on d.id = b.deal_id "
                    + "where d.work_category = 'PC' and b.accepted_month between :startDay and :endDay";

    List<KpiReport.Production> production(KpiFilter filter) {
        LocalDate today = LocalDate.now(clock);
        long months = Math.max(
                1, Math.min(12, ChronoUnit.MONTHS.between(YearMonth.from(filter.first()), YearMonth.from(today)) + 1));
        Map<Long, KpiReport.Production> byFacility = new LinkedHashMap<>();
        MapSqlParameterSource p = KpiSql.params(filter);
        jdbc.query(
                "select b.facility_id, f.name, d.work_category, sum(b.accepted_amount), "
                        + "(select avg(w.workers) from wage_month w where w.facility_id = b.facility_id "
                        + "and w.month between :startDay and :endDay and w.workers > 0) "
                        + "from delivery_batch b join deal d on d.id = b.deal_id join facility f on f.id = b.facility_id "
                        + "where b.accepted_month between :startDay and :endDay" + KpiSql.dealFilters(filter, "d.")
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
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    row.monthly()
                            .put(WorkCategory.valueOf(rs.getString(3)), Math.round(rs.getLong(4) / (double) months));
                });
        return new ArrayList<>(byFacility.values());
    }
}
