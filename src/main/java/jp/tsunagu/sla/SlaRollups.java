package jp.tsunagu.sla;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The monitor's rollups: each stopped clock adds itself to the weekly lead-time histogram, and the sweep
 * rebuilds the summary of open clocks. Both are plain SQL, in the transactions that cause them.
 */
@Component
class SlaRollups {

    /** Bins per business day in the lead-time histogram. */
    static final int BINS_PER_DAY = 5;
    /** Lead times beyond this many business days share the last bin. */
    static final int MAX_DAYS = 200;
    static final String OPEN_SUMMARY = "sla_open_summary";

    private final JdbcTemplate jdbc;

    SlaRollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A clock stopped: one more hand-off in its week's histogram. */
    void stopped(SlaClock c, int usedMinutes) {
        int bin = Math.min(MAX_DAYS * BINS_PER_DAY, usedMinutes * BINS_PER_DAY / c.getMinutesPerDay());
        jdbc.update("insert into sla_leadtime_week (week, stage, work_category, bin, n, met, paused_days) "
                        + "values (date_trunc('week', ? at time zone 'Asia/Tokyo')::date, ?, ?, ?, 1, ?, ?) "
                        + "on conflict (week, stage, work_category, bin) do update set n = sla_leadtime_week.n + 1, "
                        + "met = sla_leadtime_week.met + excluded.met, "
                        + "paused_days = sla_leadtime_week.paused_days + excluded.paused_days",
                Timestamp.from(c.getStoppedAt()), c.getStage().name(), c.getCategory().name(), bin,
                usedMinutes <= c.getTargetMinutes() ? 1 : 0, c.getPausedMinutes() / (double) c.getMinutesPerDay());
    }

    /** Recounts the open clocks; readers see the old counts or the new, never half. */
    @Transactional
    void rebuildOpenSummary(Instant now) {
        jdbc.update("delete from sla_open_summary");
        jdbc.update("insert into sla_open_summary (stage, party, assignee, state, n) "
                + "select stage, party, coalesce(assignee, ''), state, count(*) from sla_clock "
                + "where stopped_at is null group by 1, 2, 3, 4");
        jdbc.update("insert into rollup_state (name, refreshed_at) values (?, ?) "
                + "on conflict (name) do update set refreshed_at = excluded.refreshed_at", OPEN_SUMMARY,
                Timestamp.from(now));
    }

    Instant refreshedAt(String name) {
        return jdbc.query("select refreshed_at from rollup_state where name = ?",
                rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null, name);
    }
}
