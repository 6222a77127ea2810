package jp.tsunagu.sla;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.Application;
import jp.tsunagu.pipeline.SlaState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The monitor's rollups: each clock stopped by work done adds itself to the weekly lead-time histogram, and the sweep
 * rebuilds the summary of open clocks. Both are plain SQL, in the transactions that cause them.
 */
@Component
class SlaRollups {

    /** Bins per business day in the lead-time histogram. */
    static final int BINS_PER_DAY = 5;
    /** Lead times beyond this many business days share the last bin. */
    static final int MAX_DAYS = 200;

    static final String OPEN_SUMMARY = "sla_open_summary";
    /** Rows per histogram bin that concurrent completions spread over. */
    static final int SLOTS = 8;

    private static final ZoneId TOKYO = Application.TOKYO;

    private final JdbcTemplate jdbc;

    SlaRollups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A clock stopped: one more hand-off in its week's histogram. The row is written just before the transaction
     * commits (in key order when several clocks stopped together), so its lock is held only while committing, and
     * into one of {@link #SLOTS} rows by deal, so that completions of different deals rarely wait for each other.
     */
    void stopped(SlaClock c) {
        long secondsPerDay = c.getMinutesPerDay() * 60L;
        int bin = (int) Math.min(MAX_DAYS * BINS_PER_DAY, c.getUsedSeconds() * BINS_PER_DAY / secondsPerDay);
        Count count = new Count(
                LocalDate.ofInstant(c.getStoppedAt(), TOKYO).with(DayOfWeek.MONDAY),
                c.getStage().name(),
                c.getCategory().name(),
                bin,
                (int) Math.floorMod(c.getDealId(), SLOTS),
                c.getState() == SlaState.MET ? 1 : 0,
                c.getPausedSeconds() / (double) secondsPerDay);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            add(List.of(count));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Count> pending = (List<Count>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Count> counts = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, counts);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    add(counts);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SlaRollups.this);
                }
            });
            pending = counts;
        }
        pending.add(count);
    }

    private void add(List<Count> counts) {
        counts.stream()
                .sorted(Count.KEY)
                .forEach(c -> jdbc.update(
                        "insert into sla_leadtime_week (week, stage, work_category, bin, slot, n, met, paused_days) "
                                + "values (?, ?, ?, ?, ?, 1, ?, ?) "
                                + "on conflict (week, stage, work_category, bin, slot) do update set n = sla_leadtime_week.n + 1, "
                                + "met = sla_leadtime_week.met + excluded.met, "
                                + "paused_days = sla_leadtime_week.paused_days + excluded.paused_days",
                        c.week(),
                        c.stage(),
                        c.category(),
                        c.bin(),
                        c.slot(),
                        c.met(),
                        c.pausedDays()));
    }

    /** One stopped clock's contribution to its histogram row, and the order of the rows' keys. */
    private record Count(LocalDate week, String stage, String category, int bin, int slot, int met, double pausedDays) {

        static final Comparator<Count> KEY = Comparator.comparing(Count::week)
                .thenComparing(Count::stage)
                .thenComparing(Count::category)
                .thenComparingInt(Count::bin)
                .thenComparingInt(Count::slot);
    }

    /** Recounts the open clocks; readers see the old counts or the new, never half. */
    @Transactional
    void rebuildOpenSummary(Instant now) {
        jdbc.update("delete from sla_open_summary");
        jdbc.update("insert into sla_open_summary (stage, party, assignee, state, n) "
                + "select stage, party, coalesce(assignee, ''), state, count(*) from sla_clock "
                + "where stopped_at is null group by 1, 2, 3, 4");
        jdbc.update(
                "insert into rollup_state (name, refreshed_at) values (?, ?) "
                        + "on conflict (name) do update set refreshed_at = excluded.refreshed_at",
                OPEN_SUMMARY,
                Timestamp.from(now));
    }

    /**
     * Moves the open clocks' +1/-1 rows (written by a trigger on every change of an open clock) into their counts,
     * in one statement, so that a reader sees them either before or after; rows appended meanwhile wait for the
     * next sweep. Counts are written in key order, so sweeps on two nodes do not deadlock.
     */
    void foldOpenCounts() {
        jdbc.update("with moved as (delete from sla_open_delta returning stage, work_category, party, state, d) "
                + "insert into sla_open_count (stage, work_category, party, state, n) "
                + "select stage, work_category, party, state, sum(d) from moved group by 1, 2, 3, 4 order by 1, 2, 3, 4 "
                + "on conflict (stage, work_category, party, state) do update set n = sla_open_count.n + excluded.n");
    }

    Instant refreshedAt(String name) {
        return jdbc.query(
                "select refreshed_at from rollup_state where name = ?",
                rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null,
                name);
    }
}
