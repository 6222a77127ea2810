package jp.tsunagu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.SlaState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA clock of one hand-off. It counts business minutes of the receiving organisation's calendar,
 * in segments: a pause closes the running segment, a resume opens a new one and moves the due instant.
 * The targets are copied from the policy at the start, so a later policy change leaves it alone.
 */
@Entity
@Table(name = "sla_clock")
class SlaClock {

    /** What the sweep found due on a clock: the first and second warning, and the breach. */
    enum Event { WARNING, AT_RISK, BREACH }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(name = "task_id", nullable = false, unique = true)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_category", nullable = false)
    private WorkCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Party party;

    private String assignee;

    @Column(name = "target_minutes", nullable = false)
    private int targetMinutes;

    @Column(name = "warn_minutes", nullable = false)
    private int warnMinutes;

    @Column(name = "risk_minutes", nullable = false)
    private int riskMinutes;

    @Column(name = "minutes_per_day", nullable = false)
    private int minutesPerDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SlaState state;

    @Column(name = "warn_level", nullable = false)
    private int warnLevel;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "segment_start")
    private Instant segmentStart;

    @Column(name = "used_before", nullable = false)
    private int usedBefore;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "paused_minutes", nullable = false)
    private long pausedMinutes;

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

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "used_minutes")
    private Integer usedMinutes;

    protected SlaClock() {
    }

    SlaClock(long dealId, String taskId, DealStage stage, WorkCategory category, SlaPolicy policy,
             WorkingTime time, Instant at) {
        this(dealId, taskId, stage, category, policy, time, at, policy.targetMinutes(time.minutesPerDay()));
    }

    /**
     * A clock counting to a due date the work itself has (a delivery batch's): the target is the business time
     * from the arrival to that date; the policy gives the warning levels.
     */
    SlaClock(long dealId, String taskId, DealStage stage, WorkCategory category, SlaPolicy policy,
             WorkingTime time, Instant at, int targetMinutes) {
        this.dealId = dealId;
        this.taskId = taskId;
        this.stage = stage;
        this.category = category;
        this.party = stage.party();
        this.minutesPerDay = time.minutesPerDay();
        this.targetMinutes = targetMinutes;
        this.warnMinutes = targetMinutes * policy.getWarnPercent() / 100;
        this.riskMinutes = targetMinutes * policy.getRiskPercent() / 100;
        this.startedAt = at;
        this.state = SlaState.RUNNING;
        this.segmentStart = at;
        schedule(time);
    }

    /** Business minutes used up to {@code now}, pauses not counted. */
    long used(WorkingTime time, Instant now) {
        if (usedMinutes != null) {
            return usedMinutes;
        }
        return usedBefore + (segmentStart == null ? 0 : time.minutesBetween(segmentStart, now));
    }

    boolean isOpen() {
        return stoppedAt == null;
    }

    boolean isPaused() {
        return state == SlaState.PAUSED;
    }

    void pause(WorkingTime time, Instant now) {
        if (!isOpen() || isPaused()) {
            return;
        }
        usedBefore = (int) used(time, now);
        segmentStart = null;
        pausedAt = now;
        state = SlaState.PAUSED;
        warnAt = null;
        riskAt = null;
        dueAt = null;
        nextEventAt = null;
    }

    void resume(WorkingTime time, Instant now) {
        if (!isOpen() || !isPaused()) {
            return;
        }
        pausedMinutes += time.minutesBetween(pausedAt, now);
        pausedAt = null;
        segmentStart = now;
        state = breachedAt != null ? SlaState.BREACHED : warnLevel >= 2 ? SlaState.AT_RISK : SlaState.RUNNING;
        schedule(time);
    }

    void stop(WorkingTime time, Instant now) {
        if (!isOpen()) {
            return;
        }
        if (isPaused()) {
            resume(time, now);
        }
        usedMinutes = (int) used(time, now);
        stoppedAt = now;
        state = usedMinutes <= targetMinutes ? SlaState.MET : SlaState.MISSED;
        segmentStart = null;
        nextEventAt = null;
    }

    void assign(String user) {
        this.assignee = user;
    }

    /**
     * Moves the clock through every event due by {@code now} and returns them in order. A clock the sweep
     * already moved has nothing due, so an event is never returned twice.
     */
    List<Event> advance(WorkingTime time, Instant now) {
        List<Event> fired = new ArrayList<>();
        if (!isOpen() || isPaused() || nextEventAt == null || nextEventAt.isAfter(now)) {
            return fired;
        }
        if (warnLevel < 1 && warnAt != null && !warnAt.isAfter(now)) {
            warnLevel = 1;
            fired.add(Event.WARNING);
        }
        if (warnLevel < 2 && riskAt != null && !riskAt.isAfter(now)) {
            warnLevel = 2;
            state = SlaState.AT_RISK;
            fired.add(Event.AT_RISK);
        }
        if (breachedAt == null && dueAt != null && !dueAt.isAfter(now)) {
            breachedAt = dueAt;
            breachRecordedAt = now;
            state = SlaState.BREACHED;
            fired.add(Event.BREACH);
        }
        nextEventAt = nextEvent();
        return fired;
    }

    /** Due and warning instants from the minutes still left, counted from the running segment's start. */
    private void schedule(WorkingTime time) {
        warnAt = warnLevel < 1 && warnMinutes > usedBefore ? time.plus(segmentStart, warnMinutes - usedBefore)
                : null;
        riskAt = warnLevel < 2 && riskMinutes > usedBefore ? time.plus(segmentStart, riskMinutes - usedBefore)
                : null;
        dueAt = time.plus(segmentStart, Math.max(0, targetMinutes - usedBefore));
        if (warnLevel < 1 && warnAt == null) {
            warnAt = segmentStart;
        }
        if (warnLevel < 2 && riskAt == null) {
            riskAt = segmentStart;
        }
        nextEventAt = nextEvent();
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

    Long getId() {
        return id;
    }

    long getDealId() {
        return dealId;
    }

    String getTaskId() {
        return taskId;
    }

    DealStage getStage() {
        return stage;
    }

    WorkCategory getCategory() {
        return category;
    }

    Party getParty() {
        return party;
    }

    String getAssignee() {
        return assignee;
    }

    int getTargetMinutes() {
        return targetMinutes;
    }

    int getMinutesPerDay() {
        return minutesPerDay;
    }

    SlaState getState() {
        return state;
    }

    int getWarnLevel() {
        return warnLevel;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getPausedAt() {
        return pausedAt;
    }

    long getPausedMinutes() {
        return pausedMinutes;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getBreachedAt() {
        return breachedAt;
    }

    Instant getBreachRecordedAt() {
        return breachRecordedAt;
    }

    Instant getStoppedAt() {
        return stoppedAt;
    }
}
