package jp.tsunagu.kpi;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.Table.Column;
import jp.tsunagu.base.Table.Kind;
import jp.tsunagu.wages.LedgerRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The rows behind one figure, by the same definitions as the figure, as a table to look at or export. */
class KpiDrill {

    private final NamedParameterJdbcTemplate jdbc;
    private final Locale locale;
    private final KpiFilter filter;
    private final LocalDate today;
    private final MapSqlParameterSource params;

    KpiDrill(NamedParameterJdbcTemplate jdbc, Locale locale, KpiFilter filter, LocalDate today) {
        this.jdbc = jdbc;
        this.locale = locale;
        this.filter = filter;
        this.today = today;
        this.params = KpiSql.params(filter).addValue("limit", KpiService.DRILL_LIMIT);
    }

    Table table(Kpi kpi, Supplier<List<LedgerRow>> wages) {
        String ordered = " and f.ordered_on between " + KpiQueries.first(filter.fiscalYear()) + " and "
                + KpiQueries.last(filter.fiscalYear());
        return switch (kpi.drill()) {
            case NEGOTIATED_DEALS -> deals(kpi, "");
            case LOST_DEALS -> deals(
                    kpi,
                    " and f.lost_on between " + KpiQueries.first(filter.fiscalYear()) + " and "
                            + KpiQueries.last(filter.fiscalYear()));
            case ORDERED_DEALS -> deals(kpi, ordered);
            case RECURRING_DEALS -> deals(kpi, ordered + " and f.recurring");
            case LEAD_CUSTOMERS -> customers(kpi, "");
            case ORDERING_CUSTOMERS -> customers(kpi, ordered);
            case NEW_CUSTOMERS -> customers(
                    kpi,
                    ordered + " and f.first_order_on between " + KpiQueries.first(filter.fiscalYear()) + " and "
                            + KpiQueries.last(filter.fiscalYear()));
            case FACILITY_WAGES -> wages(kpi, wages.get());
            case REGISTERED_FACILITIES -> facilities(
                    kpi,
                    "select f.id, f.name, f.municipality, null::bigint from facility f "
                            + "where f.created_at < :end order by f.name, f.id limit :limit");
            case ORDERED_FACILITIES -> facilities(
                    kpi,
                    "select f.id, f.name, f.municipality, count(distinct a.deal_id) "
                            + "from assignment a join deal d on d.id = a.deal_id join facility f on f.id = a.facility_id "
                            + "where a.confirmed_at >= :start and a.confirmed_at < :end"
                            + KpiSql.dealFilters(filter, "d.")
                            + " group by 1, 2, 3 order by 4 desc, 2 limit :limit");
            case CONTINUOUS_FACILITIES -> facilities(
                    kpi,
                    "select f.id, f.name, f.municipality, "
                            + "count(distinct b.accepted_month) from delivery_batch b join deal d on d.id = b.deal_id "
                            + "join facility f on f.id = b.facility_id where d.work_category = 'PC' "
                            + "and b.accepted_month between :startDay and :endDay"
                            + KpiSql.dealFilters(filter, "d.")
                            + " group by 1, 2, 3 having count(distinct b.accepted_month) >= 3 order by 4 desc, 2 limit :limit");
            case ASSIGNMENTS_PC -> assignments(kpi, true);
            case ASSIGNMENTS_OTHER -> assignments(kpi, false);
        };
    }

    private Table deals(Kpi kpi, String where) {
        List<Column> columns = List.of(
                col("kpi.col.deal", Kind.TEXT),
                col("kpi.col.customer", Kind.TEXT),
                col("kpi.col.category", Kind.TEXT),
                col("kpi.col.director", Kind.TEXT),
                col("kpi.col.leadOn", Kind.DATE),
                col("kpi.col.demand", Kind.YEN),
                col("kpi.col.orderedOn", Kind.DATE),
                col("kpi.col.ordered", Kind.YEN),
                col("kpi.col.lostOn", Kind.DATE),
                col("kpi.col.stageReached", Kind.TEXT));
        List<Table.Row> rows = jdbc.query(
                KpiQueries.yearDeals(filter.fiscalYear(), today, KpiSql.yearFilters(filter))
                        + " select f.id, d.title, c.name, f.category, coalesce(u.display_name, f.director), f.lead_on, f.demand, "
                        + "f.ordered_on, f.ordered, f.lost_on, f.stage_reached from f join deal d on d.id = f.id "
                        + "join customer c on c.id = f.customer_id left join app_user u on u.username = f.director "
                        + "where true" + where + " order by f.demand desc, f.id limit :limit",
                params,
                (rs, i) -> new Table.Row(
                        List.of(
                                rs.getString(2),
                                rs.getString(3),
                                t("category." + rs.getString(4)),
                                rs.getString(5),
                                rs.getDate(6).toLocalDate(),
                                rs.getLong(7),
                                nullable(date(rs, 8)),
                                nullable(longOrNull(rs, 9)),
                                nullable(date(rs, 10)),
                                t("stage." + rs.getString(11))),
                        "deals/" + rs.getLong(1)));
        return new Table(title(kpi), columns, rows);
    }

    private Table customers(Kpi kpi, String where) {
        List<Column> columns = List.of(
                col("kpi.col.customer", Kind.TEXT),
                col("kpi.col.deals", Kind.COUNT),
                col("kpi.col.demand", Kind.YEN),
                col("kpi.col.ordered", Kind.YEN),
                col("kpi.col.firstOrder", Kind.DATE));
        List<Table.Row> rows = jdbc.query(
                KpiQueries.yearDeals(filter.fiscalYear(), today, KpiSql.yearFilters(filter))
                        + " select c.id, c.name, count(*), sum(f.demand), coalesce(sum(f.ordered), 0), min(f.first_order_on) "
                        + "from f join customer c on c.id = f.customer_id where true" + where
                        + " group by 1, 2 order by 4 desc, 2 limit :limit",
                params,
                (rs, i) -> new Table.Row(
                        List.of(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), nullable(date(rs, 6))),
                        "customers/" + rs.getLong(1)));
        return new Table(title(kpi), columns, rows);
    }

    private Table facilities(Kpi kpi, String sql) {
        String countHeader = kpi.drill() == Kpi.Drill.CONTINUOUS_FACILITIES ? "kpi.col.months" : "kpi.col.deals";
        List<Column> columns = List.of(
                col("kpi.col.facility", Kind.TEXT),
                col("kpi.col.municipality", Kind.TEXT),
                col(countHeader, Kind.COUNT));
        List<Table.Row> rows = jdbc.query(
                sql,
                params,
                (rs, i) -> new Table.Row(
                        List.of(rs.getString(2), nullable(rs.getString(3)), nullable(longOrNull(rs, 4))),
                        "facilities/" + rs.getLong(1)));
        if (kpi.drill() == Kpi.Drill.REGISTERED_FACILITIES) {
            columns = columns.subList(0, 2);
            rows = rows.stream()
                    .map(r -> new Table.Row(r.cells().subList(0, 2), r.link()))
                    .toList();
        }
        return new Table(title(kpi), columns, rows);
    }

    private Table wages(Kpi kpi, List<LedgerRow> totals) {
        List<Column> columns = List.of(
                col("kpi.col.facility", Kind.TEXT),
                col("kpi.col.paid", Kind.YEN),
                col("kpi.col.workerMonths", Kind.COUNT),
                col("kpi.col.perWorker", Kind.YEN),
                col("kpi.col.wageBefore", Kind.YEN),
                col("kpi.col.increase", Kind.YEN));
        List<Table.Row> rows = new ArrayList<>();
        for (LedgerRow r : totals) {
            rows.add(new Table.Row(
                    List.of(
                            r.facilityName(),
                            r.paid(),
                            nullable(r.workers()),
                            nullable(r.perWorker()),
                            nullable(r.wageBefore()),
                            nullable(r.difference())),
                    "facilities/" + r.facilityId()));
        }
        return new Table(title(kpi), columns, rows);
    }

    private Table assignments(Kpi kpi, boolean pc) {
        List<Column> columns = List.of(
                col("kpi.col.deal", Kind.TEXT),
                col("kpi.col.customer", Kind.TEXT),
                col("kpi.col.category", Kind.TEXT),
                col("kpi.col.leadTime", Kind.DAYS),
                col("kpi.col.target", Kind.DAYS),
                col("kpi.col.confirmedOn", Kind.DATE));
        List<Table.Row> rows = jdbc.query(
                "select d.id, d.title, cu.name, c.work_category, "
                        + "c.used_seconds / 60.0 / c.minutes_per_day, c.target_minutes::float8 / c.minutes_per_day, "
                        + "(c.stopped_at at time zone 'Asia/Tokyo')::date from sla_clock c join deal d on d.id = c.deal_id "
                        + "join customer cu on cu.id = d.customer_id where c.stage = 'ASSIGNMENT' and c.state in ('MET', 'MISSED') and c.stopped_at >= :start "
                        + "and c.stopped_at < :end and " + (pc ? "" : "not ") + "(c.work_category = 'PC')"
                        + KpiSql.dealFilters(filter, "d.") + " order by c.used_seconds desc, c.id limit :limit",
                params,
                (rs, i) -> new Table.Row(
                        List.of(
                                rs.getString(2),
                                rs.getString(3),
                                t("category." + rs.getString(4)),
                                rs.getDouble(5),
                                rs.getDouble(6),
                                rs.getDate(7).toLocalDate()),
                        "deals/" + rs.getLong(1)));
        return new Table(title(kpi), columns, rows);
    }

    private String title(Kpi kpi) {
        return t(kpi.messageKey()) + " FY" + filter.fiscalYear();
    }

    private Column col(String key, Kind kind) {
        return new Column(t(key), kind);
    }

    private String t(String key) {
        return KpiSql.t(key, locale);
    }

    /** Table rows are immutable lists, which hold no nulls: an empty cell is the empty string. */
    private static Object nullable(Object v) {
        return v == null ? "" : v;
    }

    private static LocalDate date(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
