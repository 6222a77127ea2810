package jp.tsunagu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Objects;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.SlaState;

/**
 * The SLA clock of one hand-off: business seconds of the receiving organisation's calendar, counted in
 * {@link ClockSegments} towards a {@link ClockSchedule} copied from the policy at the start. It ends {@code MET},
 * {@code MISSED} or, when its work was withdrawn before anyone did it, {@code CANCELLED}, which no lead time counts.
 */
@Entity
@Table(name = "sla_clock")
class SlaClock {

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

    @Column(name = "minutes_per_day", nullable = false)
    private int minutesPerDay;

    @Embedded
    private ClockSchedule schedule;

    @Embedded
    private ClockSegments segments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SlaState state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "used_seconds")
    private Long usedSeconds;

    protected SlaClock() {}

    /**
     * A clock started now. Its target is the policy's, or, for work with a due date of its own (a delivery batch's),
     * the business time from the arrival to that date, due at that date to the second; the policy gives the warning
     * levels. Targets are whole minutes, so the part of a minute that an arrival at 9:01:15 does not have counts as
     * already used: the due instant stays the close of the day, not 17:59:15.
     */
    static SlaClock start(
            long dealId,
            String taskId,
            DealStage stage,
            WorkCategory category,
            SlaPolicy policy,
            WorkingTime time,
            Instant at,
            Instant dueBy) {
        if (dueBy == null) {
            int target = policy.targetMinutes(time.minutesPerDay());
            return new SlaClock(dealId, taskId, stage, category, policy, time, at, target, 0);
        }
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
        this.schedule = new ClockSchedule(targetMinutes, policy);
        this.startedAt = at;
        this.state = SlaState.RUNNING;
        this.segments = new ClockSegments(at, usedBefore);
        schedule.plan(time, at, usedBefore);
    }

    /** Business seconds used up to {@code now}, pauses not counted. */
    long usedSeconds(WorkingTime time, Instant now) {
        if (usedSeconds != null) {
            return usedSeconds;
        }
        return segments.used(time, now);
    }

    /** Whole business minutes used up to {@code now}, as the screens show them. */
    long usedMinutes(WorkingTime time, Instant now) {
        return usedSeconds(time, now) / 60;
    }

    /** Business minutes left to the target at {@code now}: negative once over it, by a started minute. */
    long minutesLeft(WorkingTime time, Instant now) {
        return Math.floorDiv(schedule.targetMinutes() * 60L - usedSeconds(time, now), 60);
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
        segments.pause(time, now);
        state = SlaState.PAUSED;
        schedule.clear();
    }

    void resume(WorkingTime time, Instant now) {
        if (!isOpen() || !isPaused()) {
            return;
        }
        segments.resume(time, now);
        state = schedule.runningState();
        schedule.plan(time, segments.segmentStart(), segments.usedBefore());
    }

    /**
     * The work was done. Missed when it took longer than the target, or when the sweep already recorded the breach
     * (and escalated it): met and missed always agree with what the sweep told people. Returns whether this stopped
     * the clock (false when it had stopped before).
     */
    boolean stop(WorkingTime time, Instant now) {
        return end(time, now, false);
    }

    /** The work left undone (an offer withdrawn or expired): the clock stops and no lead time counts it. */
    boolean cancel(WorkingTime time, Instant now) {
        return end(time, now, true);
    }

    private boolean end(WorkingTime time, Instant now, boolean cancelled) {
        if (!isOpen()) {
            return false;
        }
        if (isPaused()) {
            resume(time, now);
        }
        usedSeconds = usedSeconds(time, now);
        stoppedAt = now;
        segments.end();
        schedule.end();
        boolean met = usedSeconds <= schedule.targetMinutes() * 60L && !schedule.breached();
        state = cancelled ? SlaState.CANCELLED : met ? SlaState.MET : SlaState.MISSED;
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
        Instant before = schedule.dueAt();
        schedule.plan(time, segments.segmentStart(), segments.usedBefore());
        return !Objects.equals(before, schedule.dueAt());
    }

    void assign(String user) {
        this.assignee = user;
    }

    /** Every event due by {@code now}, in order; a clock the sweep already moved has nothing due. */
    List<ClockEvent> advance(WorkingTime time, Instant now) {
        if (!isOpen() || isPaused()) {
            return new ArrayList<>();
        }
        List<ClockEvent> fired = schedule.advance(now);
        if (!fired.isEmpty()) {
            state = schedule.runningState();
        }
        return fired;
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
        return schedule.targetMinutes();
    }

    int getMinutesPerDay() {
        return minutesPerDay;
    }

    SlaState getState() {
        return state;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getPausedAt() {
        return segments.pausedAt();
    }

    long getPausedSeconds() {
        return segments.pausedSeconds();
    }

    ClockSchedule.Milestones milestones() {
        return schedule.milestones();
    }

    Instant getDueAt() {
        return schedule.dueAt();
    }

    Long getUsedSeconds() {
        return usedSeconds;
    }

    Instant getStoppedAt() {
        return stoppedAt;
    }
}
