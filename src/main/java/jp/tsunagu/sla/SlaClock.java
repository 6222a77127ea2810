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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.SlaState;

/**
 * The SLA clock of one hand-off. It counts business seconds of the receiving organisation's calendar (targets are
 * whole minutes), in segments: a pause closes the running segment, a resume opens a new one and moves the due
 * instant. The targets are copied from the policy at the start, so a later policy change leaves it alone; a calendar
 * change moves the due instants of open clocks ({@link #recount}). A clock ends done ({@code MET} or {@code MISSED})
 * or, when its work was withdrawn before anyone did it, {@code CANCELLED}, which no lead time counts.
 */
@Entity
@Table(name = "sla_clock")
class SlaClock {

    /** What the sweep found due on a clock: the first and second warning, and the breach. */
    enum Event {
        WARNING,
        AT_RISK,
        BREACH
    }

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

    @Column(name = "used_before_seconds", nullable = false)
    private long usedBefore;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

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

    @Column(name = "used_seconds")
    private Long usedSeconds;

    protected SlaClock() {}

    SlaClock(
            long dealId,
            String taskId,
            DealStage stage,
            WorkCategory category,
            SlaPolicy policy,
            WorkingTime time,
            Instant at) {
        this(dealId, taskId, stage, category, policy, time, at, policy.targetMinutes(time.minutesPerDay()), 0);
    }

    /**
     * A clock counting to a due date the work itself has (a delivery batch's): the target is the business time
     * from the arrival to that date, and the clock is due at that date to the second; the policy gives the
     * warning levels. Targets are whole minutes, so the part of a minute that an arrival at 9:01:15 does not
     * have counts as already used: the due instant stays the close of the day, not 17:59:15.
     */
    static SlaClock dueBy(
            long dealId,
            String taskId,
            DealStage stage,
            WorkCategory category,
            SlaPolicy policy,
            WorkingTime time,
            Instant at,
            Instant dueBy) {
        long seconds = time.secondsBetween(at, dueBy);
        int minutes = (int) Math.min(Integer.MAX_VALUE, (seconds + 59) / 60);
        return new SlaClock(dealId, taskId, stage, category, policy, time, at, minutes, minutes * 60L - seconds);
    }

    private SlaClock(
            long dealId,
            String taskId,
            DealStage stage,
            WorkCategory category,
            SlaPolicy policy,
            WorkingTime time,
            Instant at,
            int targetMinutes,
            long usedBefore) {
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
        this.usedBefore = usedBefore;
        schedule(time);
    }

    /** Business seconds used up to {@code now}, pauses not counted. */
    long usedSeconds(WorkingTime time, Instant now) {
        if (usedSeconds != null) {
            return usedSeconds;
        }
        return usedBefore + (segmentStart == null ? 0 : time.secondsBetween(segmentStart, now));
    }

    /** Whole business minutes used up to {@code now}, as the screens show them. */
    long usedMinutes(WorkingTime time, Instant now) {
        return usedSeconds(time, now) / 60;
    }

    /** Business minutes left to the target at {@code now}: negative once over it, by a started minute. */
    long minutesLeft(WorkingTime time, Instant now) {
        return Math.floorDiv(targetMinutes * 60L - usedSeconds(time, now), 60);
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
        usedBefore = usedSeconds(time, now);
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
        pausedSeconds += time.secondsBetween(pausedAt, now);
        pausedAt = null;
        segmentStart = now;
        state = breachedAt != null ? SlaState.BREACHED : warnLevel >= 2 ? SlaState.AT_RISK : SlaState.RUNNING;
        schedule(time);
    }

    /**
     * The work was done. Missed when it took longer than the target, or when the sweep already recorded the breach
     * (and escalated it): met and missed always agree with what the sweep told people. Returns whether this stopped
     * the clock (false when it had stopped before).
     */
    boolean stop(WorkingTime time, Instant now) {
        if (!end(time, now)) {
            return false;
        }
        state = usedSeconds <= targetMinutes * 60L && breachedAt == null ? SlaState.MET : SlaState.MISSED;
        return true;
    }

    /** The work left undone (an offer withdrawn or expired): the clock stops and no lead time counts it. */
    boolean cancel(WorkingTime time, Instant now) {
        if (!end(time, now)) {
            return false;
        }
        state = SlaState.CANCELLED;
        return true;
    }

    private boolean end(WorkingTime time, Instant now) {
        if (!isOpen()) {
            return false;
        }
        if (isPaused()) {
            resume(time, now);
        }
        usedSeconds = usedSeconds(time, now);
        stoppedAt = now;
        segmentStart = null;
        nextEventAt = null;
        return true;
    }

    /**
     * The calendar changed: the running segment counts on the new one, so its due and warning instants move. A
     * warning or breach already recorded stays recorded. Returns whether the due instant moved.
     */
    boolean recount(WorkingTime time) {
        if (!isOpen() || isPaused()) {
            return false;
        }
        Instant before = dueAt;
        schedule(time);
        return !java.util.Objects.equals(before, dueAt);
    }

    boolean done() {
        return state == SlaState.MET || state == SlaState.MISSED;
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

    long getPausedSeconds() {
        return pausedSeconds;
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

    Long getUsedSeconds() {
        return usedSeconds;
    }

    Instant getStoppedAt() {
        return stoppedAt;
    }
}
