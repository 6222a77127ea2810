package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.Lookups;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.pipeline.SlaStatus;
import jp.tsunagu.pipeline.StageClock;
import jp.tsunagu.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final SlaRollups rollups;
    private final AuditLog audit;
    private final Clock clock;
    private final SlaNotices notices;
    private final DealService deals;

    SlaClocks(
            SlaClockRepository clocks,
            SlaClockPauseRepository pauses,
            SlaPolicyService policies,
            CalendarService calendars,
            SlaRollups rollups,
            AuditLog audit,
            Clock clock,
            SlaNotices notices,
            DealService deals) {
        this.deals = deals;
        this.notices = notices;
        this.clocks = clocks;
        this.pauses = pauses;
        this.policies = policies;
        this.calendars = calendars;
        this.rollups = rollups;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Instant> started(
            long dealId, String taskId, DealStage stage, WorkCategory category, Instant at, Instant dueBy) {
        SlaPolicy policy = policies.policyFor(stage, category, deals.priorityOf(dealId));
        WorkingTime time = calendars.workingTime(stage.party());
        SlaClock started = clocks.save(SlaClock.start(dealId, taskId, stage, category, policy, time, at, dueBy));
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
            WorkingTime time = calendars.workingTime(c.getParty());
            if (c.stop(time, at)) {
                pauses.findFirstByClockIdAndResumedAtIsNull(c.getId())
                        .ifPresent(p -> p.resumed(at, time.secondsBetween(p.getPausedAt(), at)));
                rollups.stopped(c);
            }
        });
    }

    @Override
    @Transactional
    public void cancelled(String taskId, Instant at) {
        clocks.findByTaskId(taskId).ifPresent(c -> {
            WorkingTime time = calendars.workingTime(c.getParty());
            if (c.cancel(time, at)) {
                pauses.findFirstByClockIdAndResumedAtIsNull(c.getId())
                        .ifPresent(p -> p.resumed(at, time.secondsBetween(p.getPausedAt(), at)));
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
        for (SlaClock c : Lookups.byKeys(taskIds, clocks::findByTaskId, clocks::findByTaskIdIn)) {
            result.put(
                    c.getTaskId(),
                    new SlaStatus(
                            c.getState(),
                            c.minutesLeft(calendars.workingTime(c.getParty()), now),
                            c.getMinutesPerDay(),
                            c.milestones().warnLevel()));
        }
        return result;
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
                List<ClockEvent> fired = c.advance(calendars.workingTime(c.getParty()), now);
                if (!fired.isEmpty()) {
                    notices.record(c, fired, now);
                    recorded += fired.size();
                }
            }
            clocks.flush();
        } while (due.size() == SWEEP_BATCH);
        rollups.rebuildOpenSummary(now);
        rollups.foldOpenCounts();
        if (recorded > 0) {
            log.info("SLA sweep recorded {} warnings and breaches", recorded);
        }
        return recorded;
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
            List<PauseView> pauses,
            int warnLevel,
            Instant warnedAt,
            Instant riskedAt,
            Instant breachedAt,
            Instant escalatedAt) {}

    public record PauseView(Instant pausedAt, Instant resumedAt, String reason, String pausedBy) {}

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<ClockView> clocksOf(long dealId) {
        Instant now = clock.instant();
        List<SlaClock> all = clocks.findByDealIdOrderByStartedAtAscIdAsc(dealId);
        Map<Long, List<PauseView>> byClock = new HashMap<>();
        pauses.findByClockIdInOrderByPausedAt(all.stream().map(SlaClock::getId).toList())
                .forEach(p -> byClock.computeIfAbsent(p.getClockId(), k -> new ArrayList<>())
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
                            byClock.getOrDefault(c.getId(), List.of()),
                            c.milestones().warnLevel(),
                            c.milestones().warnedAt(),
                            c.milestones().riskedAt(),
                            c.milestones().breachedAt(),
                            c.milestones().breachRecordedAt());
                })
                .toList();
    }
}
