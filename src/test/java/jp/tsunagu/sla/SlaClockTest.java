package jp.tsunagu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.SlaState;
import org.junit.jupiter.api.Test;

/** One clock without Spring or a database, on a 9:00–18:00 day: pause, resume, warnings, breach, due dates. */
class SlaClockTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final WorkingTime office =
            new WorkingTime(new JapaneseBusinessCalendar(), List.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), TOKYO);

    private static SlaPolicy policy(SlaUnit unit, int duration) {
        SlaPolicy policy = new SlaPolicy();
        policy.change(unit, duration, 50, 80, "admin", Instant.EPOCH);
        return policy;
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void a_batch_task_arriving_mid_minute_is_due_at_the_close_of_its_due_date_to_the_second() {
        Instant arrival = at("2026-12-01T09:01:15.916+09:00");
        Instant close = at("2026-12-08T18:00+09:00");

        SlaClock clock = SlaClock.start(
                1, "t", DealStage.DELIVERY, WorkCategory.PC, policy(SlaUnit.BUSINESS_DAYS, 3), office, arrival, close);

        assertThat(clock.getDueAt()).isEqualTo(close);
        assertThat(clock.getStartedAt()).isEqualTo(arrival);
        assertThat(clock.minutesLeft(office, arrival))
                .as("5 days and 538 minutes, 44 seconds")
                .isEqualTo(5 * 540 + 538);
    }

    @Test
    void a_batch_task_arriving_after_hours_is_due_at_the_close_too() {
        Instant close = at("2026-12-08T18:00+09:00");
        SlaClock clock = SlaClock.start(
                1,
                "t",
                DealStage.DELIVERY,
                WorkCategory.PC,
                policy(SlaUnit.BUSINESS_DAYS, 3),
                office,
                at("2026-12-01T19:42:07+09:00"),
                close);
        assertThat(clock.getDueAt()).isEqualTo(close);
    }

    @Test
    void a_pause_moves_the_due_time_by_the_business_time_paused_and_the_sweep_fires_each_level_once() {
        Instant start = at("2026-12-01T09:00+09:00");
        SlaClock clock = SlaClock.start(
                1, "t", DealStage.ASSIGNMENT, WorkCategory.PC, policy(SlaUnit.BUSINESS_HOURS, 10), office, start, null);
        assertThat(clock.getDueAt()).isEqualTo(at("2026-12-02T10:00+09:00"));

        clock.pause(office, at("2026-12-01T12:00+09:00"));
        assertThat(clock.getState()).isEqualTo(SlaState.PAUSED);
        assertThat(clock.getDueAt()).isNull();
        assertThat(clock.advance(office, at("2026-12-03T12:00+09:00")))
                .as("a paused clock fires nothing")
                .isEmpty();

        clock.resume(office, at("2026-12-02T12:00+09:00"));
        assertThat(clock.getDueAt()).as("3 h used, 7 h left from Wed 12:00").isEqualTo(at("2026-12-03T10:00+09:00"));
        assertThat(clock.advance(office, at("2026-12-03T10:00+09:00")))
                .containsExactly(ClockEvent.WARNING, ClockEvent.AT_RISK, ClockEvent.BREACH);
        assertThat(clock.advance(office, at("2026-12-03T11:00+09:00"))).isEmpty();
        // The timeline's moments: half the 10 h at Wed 14:00, 80 % at 17:00, due Thu 10:00, recorded by that sweep.
        assertThat(clock.milestones())
                .isEqualTo(new ClockSchedule.Milestones(
                        2,
                        at("2026-12-02T14:00+09:00"),
                        at("2026-12-02T17:00+09:00"),
                        at("2026-12-03T10:00+09:00"),
                        at("2026-12-03T10:00+09:00")));
        assertThat(clock.getState()).isEqualTo(SlaState.BREACHED);
        assertThat(clock.minutesLeft(office, at("2026-12-03T11:00+09:00"))).isEqualTo(-60);
    }
}
