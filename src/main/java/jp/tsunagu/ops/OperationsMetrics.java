package jp.tsunagu.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tsunagu's own gauges for Prometheus: open hand-offs by stage, SLA breaches still open, timers and jobs due but not
 * yet run (the job executor's backlog), and unread notices. One read of the database serves a scrape (at most every
 * 10 s), whatever the number of gauges. Reporting, like the KPIs: it reads the tables, read-only.
 */
@Component
class OperationsMetrics implements MeterBinder {

    /** The stages a hand-off can wait in (the deal's stages). */
    static final List<String> STAGES = List.of(
            "LEAD",
            "REQUIREMENTS",
            "HANDOVER",
            "ASSIGNMENT",
            "TRIAL",
            "TRIAL_REVIEW",
            "DELIVERY",
            "QA",
            "REWORK",
            "OFFER");

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    record Snapshot(Instant at, Map<String, Long> openByStage, long breachesOpen, long dueJobs, long unreadNotices) {}

    OperationsMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String stage : STAGES) {
            Gauge.builder("tsunagu.handoffs.open", this, m -> m.current()
                            .openByStage()
                            .getOrDefault(stage, 0L))
                    .description("Hand-offs waiting to be completed, by the stage they wait in")
                    .tag("stage", stage)
                    .register(registry);
        }
        Gauge.builder("tsunagu.sla.breaches.open", this, m -> m.current().breachesOpen())
                .description("Running SLA clocks past their due time")
                .register(registry);
        Gauge.builder("tsunagu.jobs.due", this, m -> m.current().dueJobs())
                .description("Timers and jobs due but not yet taken by the job executor")
                .register(registry);
        Gauge.builder("tsunagu.notices.unread", this, m -> m.current().unreadNotices())
                .description("Notices not yet read by their recipient")
                .register(registry);
    }

    Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.at().plus(FRESH).isBefore(now)) {
            s = read(now);
            snapshot = s;
        }
        return s;
    }

    private Snapshot read(Instant now) {
        Map<String, Long> byStage = new HashMap<>();
        jdbc.query("select to_stage, count(*) from hand_off where completed_at is null group by to_stage", rs -> {
            byStage.put(rs.getString(1), rs.getLong(2));
        });
        Long breaches = jdbc.queryForObject("select count(*) from sla_clock where state = 'BREACHED'", Long.class);
        Long due = jdbc.queryForObject(
                "select count(*) from act_ru_job where (duedate_ is null or duedate_ <= ?) and retries_ > 0 "
                        + "and (lock_exp_time_ is null or lock_exp_time_ < ?) and suspension_state_ = 1",
                Long.class,
                Timestamp.from(now),
                Timestamp.from(now));
        Long unread = jdbc.queryForObject("select count(*) from notification where read_at is null", Long.class);
        return new Snapshot(
                now, byStage, breaches == null ? 0 : breaches, due == null ? 0 : due, unread == null ? 0 : unread);
    }
}
