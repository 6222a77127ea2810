package jp.tsunagu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.pipeline.SlaState;

/**
 * When a clock warns, is at risk and is due: its targets in business minutes (copied from the policy at the start),
 * the instants they fall on for the running segment, and which of them the sweep has already recorded.
 */
@Embeddable
class ClockSchedule {

    @Column(name = "target_minutes", nullable = false)
    private int targetMinutes;

    @Column(name = "warn_minutes", nullable = false)
    private int warnMinutes;

    @Column(name = "risk_minutes", nullable = false)
    private int riskMinutes;

    @Column(name = "warn_level", nullable = false)
    private int warnLevel;

    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "risk_at")
    private Instant riskAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "next_event_at")
    private Instant nextEventAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(name = "breach_recorded_at")
    private Instant breachRecordedAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "risked_at")
    private Instant riskedAt;

    protected ClockSchedule() {}

    /** A target and the policy's warning levels as shares of it. */
    ClockSchedule(int targetMinutes, SlaPolicy policy) {
        this.targetMinutes = targetMinutes;
        this.warnMinutes = targetMinutes * policy.getWarnPercent() / 100;
        this.riskMinutes = targetMinutes * policy.getRiskPercent() / 100;
    }

    /** Due and warning instants from the seconds still left, counted from the running segment's start. */
    void plan(WorkingTime time, Instant segmentStart, long usedBefore) {
        long warn = warnMinutes * 60L;
        long risk = riskMinutes * 60L;
        warnAt = warnLevel < 1 && warn > usedBefore ? time.plusSeconds(segmentStart, warn - usedBefore) : null;
        riskAt = warnLevel < 2 && risk > usedBefore ? time.plusSeconds(segmentStart, risk - usedBefore) : null;
        dueAt = time.plusSeconds(segmentStart, Math.max(0, targetMinutes * 60L - usedBefore));
        if (warnLevel < 1 && warnAt == null) {
            warnAt = segmentStart;
        }
        if (warnLevel < 2 && riskAt == null) {
            riskAt = segmentStart;
        }
        nextEventAt = nextEvent();
    }

    /** Paused: nothing falls due until the clock runs again. */
    void clear() {
        warnAt = null;
        riskAt = null;
        dueAt = null;
        nextEventAt = null;
    }

    /** Stopped: the sweep has nothing more to find. */
    void end() {
        nextEventAt = null;
    }

    /**
     * Every event due by {@code now}, in order, each recorded so that it is never returned twice.
     */
    List<ClockEvent> advance(Instant now) {
        List<ClockEvent> fired = new ArrayList<>();
        if (nextEventAt == null || nextEventAt.isAfter(now)) {
            return fired;
        }
        if (warnLevel < 1 && warnAt != null && !warnAt.isAfter(now)) {
            warnLevel = 1;
            warnedAt = warnAt;
            fired.add(ClockEvent.WARNING);
        }
        if (warnLevel < 2 && riskAt != null && !riskAt.isAfter(now)) {
            warnLevel = 2;
            riskedAt = riskAt;
            fired.add(ClockEvent.AT_RISK);
        }
        if (breachedAt == null && dueAt != null && !dueAt.isAfter(now)) {
            breachedAt = dueAt;
            breachRecordedAt = now;
            fired.add(ClockEvent.BREACH);
        }
        nextEventAt = nextEvent();
        return fired;
    }

    private Instant nextEvent() {
        Instant next = null;
        if (warnLevel < 1) {
            next = warnAt;
        }
        if (warnLevel < 2 && riskAt != null && (next == null || riskAt.isBefore(next))) {
            next = riskAt;
        }
        if (breachedAt == null && dueAt != null && (next == null || dueAt.isBefore(next))) {
            next = dueAt;
        }
        return next;
    }

    /** A running clock's state: breached once the breach is recorded, at risk after the second warning. */
    SlaState runningState() {
        return breachedAt != null ? SlaState.BREACHED : warnLevel >= 2 ? SlaState.AT_RISK : SlaState.RUNNING;
    }

    boolean breached() {
        return breachedAt != null;
    }

    int targetMinutes() {
        return targetMinutes;
    }

    int warnLevel() {
        return warnLevel;
    }

    Instant dueAt() {
        return dueAt;
    }

    /** The moments the clock crossed its warning and at-risk shares, and its breach and the sweep's record of it. */
    Milestones milestones() {
        return new Milestones(warnLevel, warnedAt, riskedAt, breachedAt, breachRecordedAt);
    }

    /**
     * @param warnLevel        0 none crossed, 1 the warning, 2 also at risk
     * @param breachRecordedAt when the sweep recorded the breach and escalated it
     */
    record Milestones(
            int warnLevel, Instant warnedAt, Instant riskedAt, Instant breachedAt, Instant breachRecordedAt) {}
}
