package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.Application;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.notification.NoticeParams;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.pipeline.Escalations;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.pipeline.SlaStatus;
import jp.tsunagu.pipeline.StageClock;
import jp.tsunagu.pipeline.TaskDeadlines;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.FacilityNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clocks: started, claimed and stopped by the pipeline's task events, paused while a deal waits
 * for the customer, and moved through their warnings and breach by the sweep that the job executor runs.
 */
@Service
public class SlaClocks implements StageClock {

    private static final Logger log = LoggerFactory.getLogger(SlaClocks.class);
    /** Clocks moved per sweep transaction; the sweep repeats until none is due. */
    static final int SWEEP_BATCH = 500;

    private final SlaClockRepository clocks;
    private final SlaClockPauseRepository pauses;
    private final SlaPolicyService policies;
    private final CalendarService calendars;
    private final TaskDeadlines deadlines;
    private final Escalations escalations;
    private final NotificationService notifications;
    private final DealService deals;
    private final CurrentUser currentUser;
    private final SlaRollups rollups;
    private final AuditLog audit;
    private final Clock clock;
    private final FacilityNames facilityNames;

    SlaClocks(
            SlaClockRepository clocks,
            SlaClockPauseRepository pauses,
            SlaPolicyService policies,
            CalendarService calendars,
            TaskDeadlines deadlines,
            Escalations escalations,
            NotificationService notifications,
            DealService deals,
            CurrentUser currentUser,
            SlaRollups rollups,
            AuditLog audit,
            Clock clock,
            FacilityNames facilityNames) {
        this.facilityNames = facilityNames;
        this.clocks = clocks;
        this.pauses = pauses;
        this.policies = policies;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.escalations = escalations;
        this.notifications = notifications;
        this.deals = deals;
        this.currentUser = currentUser;
        this.rollups = rollups;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Instant> started(
            long dealId, String taskId, DealStage stage, WorkCategory category, Instant at, Instant dueBy) {
        SlaPolicy policy = policies.policyFor(stage, category);
        WorkingTime time = calendars.workingTime(stage.party());
        SlaClock started = clocks.save(
                dueBy == null
                        ? new SlaClock(dealId, taskId, stage, category, policy, time, at)
                        : SlaClock.dueBy(dealId, taskId, stage, category, policy, time, at, dueBy));
        return Optional.ofNullable(started.getDueAt());
    }

    @Override
    @Transactional
    public void claimed(String taskId, String assignee) {
        clocks.findByTaskId(taskId).ifPresent(c -> c.assign(assignee));
    }

    @Override
    @Transactional
    public void stopped(String taskId, Instant at) {
        clocks.findByTaskId(taskId).ifPresent(c -> {
            if (c.stop(calendars.workingTime(c.getParty()), at)) {
                pauses.findFirstByClockIdAndResumedAtIsNull(c.getId()).ifPresent(p -> p.resumed(at));
                rollups.stopped(c);
            }
        });
    }

    @Override
    @Transactional
    public void cancelled(String taskId, Instant at) {
        clocks.findByTaskId(taskId).ifPresent(c -> {
            if (c.cancel(calendars.workingTime(c.getParty()), at)) {
                pauses.findFirstByClockIdAndResumedAtIsNull(c.getId()).ifPresent(p -> p.resumed(at));
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SlaStatus> statusOf(Collection<String> taskIds) {
        Map<String, SlaStatus> result = new HashMap<>();
        if (taskIds.isEmpty()) {
            return result;
        }
        Instant now = clock.instant();
        for (SlaClock c : jp.tsunagu.base.Lookups.byKeys(taskIds, clocks::findByTaskId, clocks::findByTaskIdIn)) {
            result.put(
                    c.getTaskId(),
                    new SlaStatus(
                            c.getState(),
                            c.minutesLeft(calendars.workingTime(c.getParty()), now),
                            c.getMinutesPerDay(),
                            c.getWarnLevel()));
        }
        return result;
    }

    /**
     * The deal waits (for the customer, for materials): the running clocks this user answers for stop counting and
     * their tasks lose their due dates until {@link #resume}. Refused without a reason, to anyone who does not answer
     * for any of the deal's clocks, or when none of theirs is running.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional
    public void pause(long dealId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("sla.pause.reason.required");
        }
        if (reason.strip().length() > SlaClockPause.REASON_MAX) {
            throw new UserFacingException("sla.pause.reason.size", SlaClockPause.REASON_MAX);
        }
        List<SlaClock> running =
                mineOrRefuse(dealId).stream().filter(c -> !c.isPaused()).toList();
        if (running.isEmpty()) {
            throw new UserFacingException("sla.pause.nothingRunning");
        }
        pauseAll(running, reason.strip());
    }

    private void pauseAll(List<SlaClock> running, String reason) {
        Instant now = clock.instant();
        for (SlaClock c : running) {
            c.pause(calendars.workingTime(c.getParty()), now);
            pauses.save(new SlaClockPause(c.getId(), now, reason, currentUser.username()));
            deadlines.setDue(c.getTaskId(), null);
        }
    }

    /**
     * Whether this user may pause and resume clocks of the deal: supervisors always; on the company's side (company
     * and joint stages) the deal's director; on the intermediary's side (its own and the facilities' offers) the
     * deal's intermediary owner or, while the deal has none, whoever holds the task or sent the offer.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public boolean canPause(long dealId) {
        return !mine(dealId).isEmpty();
    }

    /** The deal's open clocks this user answers for. */
    private List<SlaClock> mine(long dealId) {
        return mine(dealId, clocks.findByDealIdAndStoppedAtIsNull(dealId));
    }

    private List<SlaClock> mine(long dealId, List<SlaClock> open) {
        if (currentUser.hasRole(AppRoles.SUPERVISOR)) {
            return open;
        }
        String me = currentUser.username();
        boolean director = currentUser.hasRole(AppRoles.DIRECTOR) && me.equals(deals.directorOf(dealId));
        boolean intermediary = currentUser.hasRole(AppRoles.INTERMEDIARY);
        String owner = intermediary ? deals.intermediaryOf(dealId) : null;
        return open.stream()
                .filter(c -> switch (c.getParty()) {
                    case COMPANY, JOINT -> director;
                    case INTERMEDIARY -> intermediary
                            && (owner == null ? me.equals(c.getAssignee()) : me.equals(owner));
                    case FACILITY -> intermediary
                            && (owner == null
                                    ? deadlines
                                            .offerSenderOf(c.getTaskId())
                                            .filter(me::equals)
                                            .isPresent()
                                    : me.equals(owner));
                })
                .toList();
    }

    /** The deal's open clocks this user answers for; refused when the deal has open clocks and none is theirs. */
    private List<SlaClock> mineOrRefuse(long dealId) {
        List<SlaClock> open = clocks.findByDealIdAndStoppedAtIsNull(dealId);
        List<SlaClock> mine = mine(dealId, open);
        if (mine.isEmpty() && !open.isEmpty()) {
            throw new UserFacingException("sla.pause.notYours");
        }
        return mine;
    }

    /**
     * A question went to the customer (the deal's director put it, see the questions): all the deal's running clocks
     * pause, both sides', since every one of them now waits for the customer. Returns whether anything paused.
     */
    @Transactional
    public boolean pauseIfRunning(long dealId, String reason) {
        List<SlaClock> running = clocks.findByDealIdAndStoppedAtIsNull(dealId).stream()
                .filter(c -> !c.isPaused())
                .toList();
        if (!running.isEmpty()) {
            pauseAll(
                    running,
                    reason.length() > SlaClockPause.REASON_MAX
                            ? reason.substring(0, SlaClockPause.REASON_MAX - 1) + "…"
                            : reason);
        }
        return !running.isEmpty();
    }

    /** The customer answered the last open question: paused clocks run again, if any are paused. */
    @Transactional
    public boolean resumeIfPaused(long dealId) {
        List<SlaClock> paused = clocks.findByDealIdAndStoppedAtIsNull(dealId).stream()
                .filter(SlaClock::isPaused)
                .toList();
        resumeAll(paused);
        return !paused.isEmpty();
    }

    /** The wait is over: the paused clocks this user answers for count again from now, with new due dates. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional
    public void resume(long dealId) {
        List<SlaClock> paused =
                mineOrRefuse(dealId).stream().filter(SlaClock::isPaused).toList();
        if (paused.isEmpty()) {
            throw new UserFacingException("sla.resume.nothingPaused");
        }
        resumeAll(paused);
    }

    private void resumeAll(List<SlaClock> paused) {
        Instant now = clock.instant();
        for (SlaClock c : paused) {
            c.resume(calendars.workingTime(c.getParty()), now);
            pauses.findFirstByClockIdAndResumedAtIsNull(c.getId()).ifPresent(p -> p.resumed(now));
            deadlines.setDue(c.getTaskId(), c.getDueAt());
        }
    }

    /**
     * Records every warning and breach that fell due by now; returns how many events it recorded. Runs
     * from the job executor ({@code bpmn/sla-monitor.bpmn}); safe to run on several nodes at once.
     */
    @Transactional
    public int sweep() {
        calendars.refresh();
        Instant now = clock.instant();
        int recorded = 0;
        List<SlaClock> due;
        do {
            due = clocks.lockDue(now, SWEEP_BATCH);
            for (SlaClock c : due) {
                List<SlaClock.Event> fired = c.advance(calendars.workingTime(c.getParty()), now);
                if (!fired.isEmpty()) {
                    record(c, fired, now);
                    recorded += fired.size();
                }
            }
            clocks.flush();
        } while (due.size() == SWEEP_BATCH);
        rollups.rebuildOpenSummary(now);
        if (recorded > 0) {
            log.info("SLA sweep recorded {} warnings and breaches", recorded);
        }
        return recorded;
    }

    /**
     * A calendar changed, inside the transaction of the change: each open clock counting on it takes its due and
     * warning times from the new calendar, so that what the clock counts and when it is due agree (a clock never is
     * recorded as breached on the old due time and then ends met on the new count). The tasks' due dates follow. One
     * audit entry says how many moved.
     */
    @EventListener
    void calendarChanged(CalendarChanged changed) {
        for (Party owner : changed.owners()) {
            WorkingTime time = calendars.workingTime(owner);
            int moved = 0;
            long after = 0;
            List<SlaClock> batch;
            do {
                batch = clocks.openOf(
                        CalendarService.countingOn(owner),
                        after,
                        org.springframework.data.domain.PageRequest.of(0, SWEEP_BATCH));
                for (SlaClock c : batch) {
                    if (c.recount(time)) {
                        deadlines.setDue(c.getTaskId(), c.getDueAt());
                        moved++;
                    }
                    after = c.getId();
                }
                clocks.flush();
            } while (batch.size() == SWEEP_BATCH);
            audit.record(
                    AuditKind.CALENDAR,
                    null,
                    null,
                    "clocksRecounted",
                    AuditLog.ja("calendar.audit.recounted", AuditLog.ja("party." + owner.name()), moved));
            log.info("Calendar of {} changed: {} open clocks recounted", owner, moved);
        }
    }

    /**
     * Tells the clock's owner of the highest threshold passed (a clock swept late past 50 % and 80 % at once says only
     * the 80 %), naming the stage (an offer: its facility), the business time left and the due time, with a link to the
     * task (an offer: the deal). A breach also opens the escalation.
     */
    private void record(SlaClock c, List<SlaClock.Event> fired, Instant now) {
        String owner = owner(c);
        String title = deals.titleOf(c.getDealId());
        SlaClock.Event highest = fired.get(fired.size() - 1);
        WorkingTime time = calendars.workingTime(c.getParty());
        long left = Math.max(0, c.getTargetMinutes() - c.usedMinutes(time, now));
        // An offer's clock names its facility: "オファー（ひまわり作業所）".
        boolean offer = c.getStage() == DealStage.OFFER;
        String stage = offer
                ? deadlines
                        .offerFacilityOf(c.getTaskId())
                        .flatMap(facilityNames::name)
                        .orElse("?")
                : NoticeParams.label("stage." + c.getStage().name());
        String prefix = offer ? "notice.sla.offer." : "notice.sla.";
        String due = DUE.format(c.getDueAt());
        String link = c.getStage() == DealStage.OFFER ? "/deals/" + c.getDealId() : "/tasks/" + c.getTaskId();
        switch (highest) {
            case WARNING -> notifications.notifyLinked(
                    owner,
                    "SLA_WARNING",
                    c.getDealId(),
                    link,
                    prefix + "WARNING",
                    stage,
                    title,
                    NoticeParams.minutes(left),
                    due);
            case AT_RISK -> notifications.notifyLinked(
                    owner,
                    "SLA_AT_RISK",
                    c.getDealId(),
                    link,
                    prefix + "AT_RISK",
                    stage,
                    title,
                    NoticeParams.minutes(left),
                    due);
            case BREACH -> notifications.notifyLinked(
                    owner,
                    "SLA_BREACH",
                    c.getDealId(),
                    link,
                    prefix + "BREACH",
                    stage,
                    title,
                    NoticeParams.minutes(left),
                    due);
        }
        if (fired.contains(SlaClock.Event.BREACH)) {
            escalations.open(c.getDealId(), c.getStage(), c.getTaskId());
        }
        log.debug("SLA {} on deal {} at {}", fired, c.getDealId(), c.getStage());
    }

    private static final java.time.format.DateTimeFormatter DUE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(Application.TOKYO);

    /**
     * Who answers for a clock: whoever holds the task, else the deal's owner on that side; a facility's offer that
     * nobody there has taken is followed up by the intermediary staff member who sent it.
     */
    private String owner(SlaClock c) {
        return deadlines.assigneeOf(c.getTaskId()).orElseGet(() -> switch (c.getParty()) {
            case INTERMEDIARY -> deals.intermediaryOf(c.getDealId());
            case FACILITY -> deadlines
                    .offerSenderOf(c.getTaskId())
                    .orElseGet(() -> deals.intermediaryOf(c.getDealId()));
            default -> deals.directorOf(c.getDealId());
        });
    }

    /** A clock as the deal page shows it. */
    public record ClockView(
            DealStage stage,
            SlaState state,
            Instant startedAt,
            Instant dueAt,
            Instant stoppedAt,
            long usedMinutes,
            int targetMinutes,
            int minutesPerDay,
            long pausedMinutes,
            List<PauseView> pauses) {}

    public record PauseView(Instant pausedAt, Instant resumedAt, String reason, String pausedBy) {}

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<ClockView> clocksOf(long dealId) {
        Instant now = clock.instant();
        List<SlaClock> all = clocks.findByDealIdOrderByStartedAtAscIdAsc(dealId);
        Map<Long, List<PauseView>> byClock = new HashMap<>();
        pauses.findByClockIdInOrderByPausedAt(all.stream().map(SlaClock::getId).toList())
                .forEach(p -> byClock.computeIfAbsent(p.getClockId(), k -> new java.util.ArrayList<>())
                        .add(new PauseView(p.getPausedAt(), p.getResumedAt(), p.getReason(), p.getPausedBy())));
        return all.stream()
                .map(c -> {
                    WorkingTime time = calendars.workingTime(c.getParty());
                    long paused =
                            (c.getPausedSeconds() + (c.isPaused() ? time.secondsBetween(c.getPausedAt(), now) : 0))
                                    / 60;
                    return new ClockView(
                            c.getStage(),
                            c.getState(),
                            c.getStartedAt(),
                            c.getDueAt(),
                            c.getStoppedAt(),
                            c.usedMinutes(time, now),
                            c.getTargetMinutes(),
                            c.getMinutesPerDay(),
                            paused,
                            byClock.getOrDefault(c.getId(), List.of()));
                })
                .toList();
    }
}
