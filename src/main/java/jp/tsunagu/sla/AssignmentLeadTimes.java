package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facility-assignment lead time for the KPIs: requirements handed over → facilities confirmed, in business
 * days of the intermediary, PC work against light and off-site work, as median, 90th percentile and a histogram of
 * whole days. Without a person to filter on it reads the weekly histograms (about a tenth of a day precise); for
 * one director's or one intermediary's deals it reads their stopped clocks.
 */
@Service
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
public class AssignmentLeadTimes {

    /** The histogram's last bucket holds this many business days and more. */
    public static final int MAX_DAY = 20;

    private static final ZoneId TOKYO = Application.TOKYO;

    /** One side's figures: hand-offs counted, median and 90th percentile (null without any), days histogram. */
    public record Side(long count, Double median, Double p90, long[] days) {}

    public record Figures(Side pc, Side other) {}

    private final NamedParameterJdbcTemplate jdbc;

    AssignmentLeadTimes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hand-offs to the assignment completed from {@code from} to {@code to} (inclusive), optionally only one kind
     * of work, one director's or one intermediary's deals.
     */
    @Transactional(readOnly = true)
    public Figures of(LocalDate from, LocalDate to, WorkCategory category, String director, String intermediary) {
        Side[] sides = {new Side(0, null, null, new long[MAX_DAY + 1]), new Side(0, null, null, new long[MAX_DAY + 1])};
        MapSqlParameterSource p = new MapSqlParameterSource("stage", DealStage.ASSIGNMENT.name())
                .addValue("category", category == null ? "" : category.name())
                .addValue("director", director == null ? "" : director)
                .addValue("intermediary", intermediary == null ? "" : intermediary);
        String cat = category == null ? "" : " and work_category = :category";
        if (director == null && intermediary == null) {
            String weeks =
                    " and week between date '" + SlaHistory.monday(from) + "' and date '" + SlaHistory.monday(to) + "'";
            jdbc.query(
                    "with h as (select work_category = 'PC' pc, bin, sum(n) n from sla_leadtime_week "
                            + "where stage = :stage" + weeks + cat + " group by 1, 2), "
                            + "c as (select *, sum(n) over (partition by pc order by bin) cum, sum(n) over (partition by pc) total from h) "
                            + "select pc, max(total), " + SlaHistory.PERCENTILES + " from c group by 1",
                    p,
                    rs -> {
                        int i = rs.getBoolean(1) ? 0 : 1;
                        sides[i] = new Side(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), sides[i].days());
                    });
            jdbc.query(
                    "select work_category = 'PC', least(bin / " + SlaRollups.BINS_PER_DAY + ", " + MAX_DAY
                            + "), sum(n) " + "from sla_leadtime_week where stage = :stage" + weeks + cat
                            + " group by 1, 2",
                    p,
                    rs -> {
                        sides[rs.getBoolean(1) ? 0 : 1].days()[rs.getInt(2)] += rs.getLong(3);
                    });
        } else {
            p.addValue("from", Timestamp.from(from.atStartOfDay(TOKYO).toInstant()))
                    .addValue(
                            "to",
                            Timestamp.from(to.plusDays(1).atStartOfDay(TOKYO).toInstant()));
            String where = " from sla_clock c join deal d on d.id = c.deal_id where c.stage = :stage "
                    + "and c.state in ('MET', 'MISSED') and c.stopped_at >= :from and c.stopped_at < :to"
                    + (category == null ? "" : " and c.work_category = :category")
                    + (director == null ? "" : " and d.director = :director")
                    + (intermediary == null ? "" : " and d.intermediary = :intermediary");
            String days = "c.used_seconds / 60.0 / c.minutes_per_day";
            jdbc.query(
                    "select c.work_category = 'PC', count(*), percentile_cont(0.5) within group (order by " + days
                            + "), percentile_cont(0.9) within group (order by " + days + ")" + where + " group by 1",
                    p,
                    rs -> {
                        int i = rs.getBoolean(1) ? 0 : 1;
                        sides[i] = new Side(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), sides[i].days());
                    });
            jdbc.query(
                    "select c.work_category = 'PC', least(floor(" + days + ")::int, " + MAX_DAY + "), count(*)" + where
                            + " group by 1, 2",
                    p,
                    rs -> {
                        sides[rs.getBoolean(1) ? 0 : 1].days()[rs.getInt(2)] += rs.getLong(3);
                    });
        }
        return new Figures(sides[0], sides[1]);
    }
}
