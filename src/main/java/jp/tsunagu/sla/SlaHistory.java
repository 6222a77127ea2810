package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-offs done: lead times per stage and kind of work (median and 90th percentile, with and without pauses),
 * the weekly trend, and the deals behind a figure. Read from the stopped clocks' weekly histogram.
 */
@Service
@RolesAllowed(AppRoles.SUPERVISOR)
public class SlaHistory {

    private final NamedParameterJdbcTemplate jdbc;
    private final CalendarService calendars;

    SlaHistory(NamedParameterJdbcTemplate jdbc, CalendarService calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    public record LeadTime(
            DealStage stage,
            WorkCategory category,
            long count,
            double median,
            double p90,
            double shareMet,
            double pausedDays) {}

    public record Week(
            LocalDate weekStart, long pcCount, Double pcMedian, long otherCount, Double otherMedian, double shareMet) {}

    /** A stopped clock behind a figure: the drill-down from a number to the deals. */
    public record Behind(
            long dealId,
            String title,
            String customer,
            WorkCategory category,
            double usedDays,
            double targetDays,
            boolean met,
            Instant stoppedAt) {}

    /** The median and 90th percentile interpolated within the histogram bin where they fall. */
    static final String PERCENTILES = "(array_agg((bin + (0.5 * total - (cum - n)) / n) / "
            + SlaRollups.BINS_PER_DAY + ".0 order by bin) filter (where cum >= 0.5 * total))[1], "
            + "(array_agg((bin + (0.9 * total - (cum - n)) / n) / " + SlaRollups.BINS_PER_DAY
            + ".0 order by bin) filter (where cum >= 0.9 * total))[1]";

    /**
     * Lead times of hand-offs completed in the weeks of the period, per stage and kind of work, from the
     * weekly histograms (precise to about a tenth of a business day).
     */
    @Transactional(readOnly = true)
    public List<LeadTime> leadTimes(LocalDate from, LocalDate to) {
        return jdbc
                .query(
                        period(
                                "with h as (select stage, work_category, bin, sum(n) n, sum(met) met, "
                                        + "sum(paused_days) paused from sla_leadtime_week where week between :fromWeek and :toWeek "
                                        + "group by 1, 2, 3), c as (select *, sum(n) over (partition by stage, work_category order by bin) cum, "
                                        + "sum(n) over (partition by stage, work_category) total from h) "
                                        + "select stage, work_category, max(total), " + PERCENTILES
                                        + ", sum(met)::float8 / max(total), "
                                        + "sum(paused) / max(total) from c group by 1, 2",
                                from,
                                to),
                        new MapSqlParameterSource(),
                        (rs, i) -> new LeadTime(
                                DealStage.valueOf(rs.getString(1)),
                                WorkCategory.valueOf(rs.getString(2)),
                                rs.getLong(3),
                                rs.getDouble(4),
                                rs.getDouble(5),
                                rs.getDouble(6),
                                rs.getDouble(7)))
                .stream()
                .sorted(Comparator.comparing((LeadTime l) -> l.stage().ordinal())
                        .thenComparing(l -> l.category().ordinal()))
                .toList();
    }

    /** Week by week in the period: facility-assignment lead time, PC work against the rest, and share met. */
    @Transactional(readOnly = true)
    public List<Week> weekly(LocalDate from, LocalDate to) {
        Map<LocalDate, double[]> byWeek = new TreeMap<>();
        jdbc.query(
                period(
                        "select week, sum(met)::float8 / sum(n) from sla_leadtime_week where week between :fromWeek "
                                + "and :toWeek group by 1",
                        from,
                        to),
                new MapSqlParameterSource(),
                rs -> {
                    byWeek.put(
                            rs.getDate(1).toLocalDate(), new double[] {0, Double.NaN, 0, Double.NaN, rs.getDouble(2)});
                });
        jdbc.query(
                period(
                        "with h as (select week, work_category = 'PC' pc, bin, sum(n) n from sla_leadtime_week "
                                + "where stage = 'ASSIGNMENT' and week between :fromWeek and :toWeek group by 1, 2, 3), "
                                + "c as (select *, sum(n) over (partition by week, pc order by bin) cum, "
                                + "sum(n) over (partition by week, pc) total from h) "
                                + "select week, pc, max(total), " + PERCENTILES + " from c group by 1, 2",
                        from,
                        to),
                new MapSqlParameterSource(),
                rs -> {
                    double[] w = byWeek.get(rs.getDate(1).toLocalDate());
                    int offset = rs.getBoolean(2) ? 0 : 2;
                    w[offset] = rs.getLong(3);
                    w[offset + 1] = rs.getDouble(4);
                });
        return byWeek.entrySet().stream()
                .map(e -> new Week(
                        e.getKey(),
                        (long) e.getValue()[0],
                        Double.isNaN(e.getValue()[1]) ? null : e.getValue()[1],
                        (long) e.getValue()[2],
                        Double.isNaN(e.getValue()[3]) ? null : e.getValue()[3],
                        e.getValue()[4]))
                .toList();
    }

    /**
     * The period as date literals, not bind parameters: with parameters the driver's prepared statement
     * ends in PostgreSQL's generic plan, which cannot see the range and takes three times as long (100 ms
     * against 31 for a year at a million hand-offs). The literals come from {@link LocalDate}, never from
     * text a person typed.
     */
    private static String period(String sql, LocalDate from, LocalDate to) {
        return sql.replace(":fromWeek", "date '" + monday(from) + "'").replace(":toWeek", "date '" + monday(to) + "'");
    }

    /** Figures are kept per week; a period counts the whole weeks its first and last days fall in. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The hand-offs behind a lead-time figure, slowest first. */
    @Transactional(readOnly = true)
    public List<Behind> behind(
            DealStage stage, WorkCategory category, LocalDate from, LocalDate to, int offset, int limit) {
        return jdbc.query(
                "select c.deal_id, d.title, cu.name, c.work_category, "
                        + "c.used_seconds / 60.0 / c.minutes_per_day, c.target_minutes::float8 / c.minutes_per_day, "
                        + "c.state = 'MET', c.stopped_at from sla_clock c "
                        + "join deal d on d.id = c.deal_id join customer cu on cu.id = d.customer_id "
                        + "where c.stage = :stage and c.work_category = :category and c.state in ('MET', 'MISSED') "
                        + "and c.stopped_at >= :from and c.stopped_at < :to "
                        + "order by c.used_seconds desc, c.id offset :offset limit :limit",
                period(from, to)
                        .addValue("stage", stage.name())
                        .addValue("category", category.name())
                        .addValue("offset", offset)
                        .addValue("limit", limit),
                (rs, i) -> new Behind(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        WorkCategory.valueOf(rs.getString(4)),
                        rs.getDouble(5),
                        rs.getDouble(6),
                        rs.getBoolean(7),
                        instant(rs.getTimestamp(8))));
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource()
                .addValue(
                        "from",
                        Timestamp.from(from.atStartOfDay(Application.TOKYO).toInstant()))
                .addValue(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(Application.TOKYO).toInstant()));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
