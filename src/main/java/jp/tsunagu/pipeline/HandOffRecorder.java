package jp.tsunagu.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import jp.tsunagu.deal.DealProgress;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a hand-off record for every pipeline task, from the engine's own task events (Camunda's Spring
 * eventing bridge), so no code path that moves a task can forget it. Runs inside the engine's
 * transaction: the record and the process state commit or roll back together.
 */
@Component
class HandOffRecorder {

    private final HandOffRepository handOffs;
    private final DealService deals;
    private final DealProgress progress;
    private final Optional<StageClock> stageClock;
    private final Clock clock;
    private final UserDirectory users;

    HandOffRecorder(
            HandOffRepository handOffs,
            DealService deals,
            DealProgress progress,
            Optional<StageClock> stageClock,
            Clock clock,
            UserDirectory users) {
        this.users = users;
        this.handOffs = handOffs;
        this.deals = deals;
        this.progress = progress;
        this.stageClock = stageClock;
        this.clock = clock;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        PipelineTask pipelineTask =
                PipelineTask.byTaskKey(task.getTaskDefinitionKey()).orElse(null);
        if (pipelineTask == null || pipelineTask.stage() == null) {
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task, pipelineTask);
            case TaskListener.EVENTNAME_ASSIGNMENT -> {
                handOffs.findByTaskId(task.getId()).ifPresent(h -> h.claimed(task.getAssignee(), now()));
                stageClock.ifPresent(c -> c.claimed(task.getId(), task.getAssignee()));
            }
            case TaskListener.EVENTNAME_COMPLETE -> {
                Instant at = now();
                handOffs.findByTaskId(task.getId()).ifPresent(h -> h.completed(task.getAssignee(), outcome(task), at));
                stageClock.ifPresent(c -> c.stopped(task.getId(), at));
            }
            case TaskListener.EVENTNAME_DELETE -> {
                // An offer withdrawn or expired: the work left the facility without an answer.
                Instant at = now();
                handOffs.findByTaskId(task.getId())
                        .filter(h -> h.getCompletedAt() == null)
                        .ifPresent(h -> h.completed(null, null, at));
                stageClock.ifPresent(c -> c.cancelled(task.getId(), at));
            }
            default -> {
                // update, timeout: nothing to record
            }
        }
    }

    private void created(DelegateTask task, PipelineTask pipelineTask) {
        long dealId = Long.parseLong(task.getExecution().getProcessBusinessKey());
        HandOff previous = handOffs.findFirstByDealIdAndCompletedAtIsNotNullOrderByCompletedAtDescIdDesc(dealId)
                .orElse(null);
        Instant createdAt =
                task.getCreateTime() == null ? now() : task.getCreateTime().toInstant();
        HandOff handOff;
        if (pipelineTask.stage().runsBeside()) {
            Object sentBy = task.getVariable(ProcessVariables.SENT_BY);
            handOff = HandOff.beside(
                    dealId,
                    task.getId(),
                    DealStage.ASSIGNMENT,
                    pipelineTask.stage(),
                    sentBy == null ? null : sentBy.toString(),
                    createdAt);
        } else {
            handOff = new HandOff(dealId, task.getId(), previous, pipelineTask.stage(), createdAt);
            if (previous == null) {
                handOff.createdBy(deals.directorOf(dealId));
            }
        }
        handOffs.save(handOff);
        if (!pipelineTask.stage().runsBeside()) {
            progress.enterStage(dealId, pipelineTask.stage());
        }
        if (pipelineTask.stage().party() == Party.COMPANY) {
            // The company's work on a deal goes to its named director (who created it, unless changed since),
            // straight into their own inbox (and their substitute's while they are away); a disabled one leaves it to
            // the group.
            String director = deals.directorOf(dealId);
            if (director != null && users.hasRole(director, AppRoles.DIRECTOR)) {
                task.setAssignee(director);
            }
        }
        Object category = task.getVariable(ProcessVariables.WORK_CATEGORY);
        if (category != null) {
            Instant dueBy = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            stageClock
                    .flatMap(c -> c.started(
                            dealId,
                            task.getId(),
                            pipelineTask.stage(),
                            WorkCategory.valueOf(category.toString()),
                            createdAt,
                            dueBy))
                    .ifPresent(due -> task.setDueDate(Date.from(due)));
        }
    }

    private static Outcome outcome(DelegateTask task) {
        Object value = task.getVariable(ProcessVariables.OUTCOME);
        return value == null ? null : Outcome.valueOf(value.toString());
    }

    private Instant now() {
        return clock.instant();
    }
}
