package jp.tsunagu.pipeline;

import static jp.tsunagu.base.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.Deal;
import jp.tsunagu.deal.DealProgress;
import jp.tsunagu.deal.StageResult;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Completing a task with the person's decision: the rules of each outcome, the decision on the deal, the
 * hand-off record and the engine's move to the next task, all in the caller's transaction.
 */
@Component
class TaskCompletion {

    private final TaskService engineTasks;
    private final IdentityService identity;
    private final DealProgress deals;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    /** Looked up when used: a guard may itself complete tasks through the inbox. */
    private final ObjectProvider<CompletionGuard> guards;

    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TaskAccess access;
    private final Clock clock;

    TaskCompletion(
            TaskService engineTasks,
            IdentityService identity,
            DealProgress deals,
            UserDirectory users,
            CurrentUser currentUser,
            ObjectProvider<CompletionGuard> guards,
            ApplicationEventPublisher events,
            AuditLog audit,
            TaskAccess access,
            Clock clock) {
        this.engineTasks = engineTasks;
        this.identity = identity;
        this.deals = deals;
        this.users = users;
        this.currentUser = currentUser;
        this.guards = guards;
        this.events = events;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Completes a task with the person's decision. Everything (the decision on the deal, the hand-off
     * record, the engine's move to the next task) commits in one transaction or not at all.
     */
    void complete(String taskId, Completion completion) {
        Task task = access.visibleTask(taskId);
        String me = currentUser.username();
        if (task.getAssignee() != null && !access.holders().contains(task.getAssignee())) {
            throw UserFacingException.conflict("task.claimedByOther", users.displayName(task.getAssignee()));
        }
        PipelineTask pipelineTask = PipelineTask.byTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> UserFacingException.notFound("task.gone"));
        validate(pipelineTask, completion);
        if (pipelineTask.isEscalation()) {
            // What the supervisor did changes nothing on the deal itself; it stays in the deal's record.
            long dealId = access.dealIdOf(task);
            completeInEngine(task, me, completion.outcome(), null);
            audit.record(
                    AuditKind.DEAL,
                    dealId,
                    dealId,
                    "escalation",
                    completion.outcome().name() + "：" + completion.lostNote().strip());
            return;
        }

        StageResult result =
                switch (completion.outcome()) {
                    case LOST -> StageResult.lost(completion.lostReason(), blankToNull(completion.lostNote()));
                    case NURTURE -> StageResult.nurture(completion.nextContactOn());
                    default -> StageResult.none();
                };
        long dealId = access.dealIdOf(task);
        guards.orderedStream().forEach(g -> g.check(dealId, taskId, pipelineTask, completion.outcome()));
        deals.recordResult(
                dealId,
                completion.dealVersion(),
                result,
                me,
                pipelineTask.stage().party());
        completeInEngine(
                task,
                me,
                completion.outcome(),
                completion.outcome().needsNextContact() ? NurtureTimer.at(completion.nextContactOn()) : null);
        events.publishEvent(new TaskCompleted(dealId, taskId, pipelineTask, completion.outcome(), me));
    }

    void completeInEngine(Task task, String me, Outcome outcome, Date nextContactAt) {
        access.engine(() -> {
            if (task.getAssignee() == null) {
                engineTasks.claim(task.getId(), me);
            }
            identity.setAuthenticatedUserId(me);
            try {
                var variables = Variables.createVariables().putValue(ProcessVariables.OUTCOME, outcome.name());
                if (nextContactAt != null) {
                    variables.putValue(ProcessVariables.NEXT_CONTACT_AT, nextContactAt);
                }
                engineTasks.complete(task.getId(), variables);
            } finally {
                identity.clearAuthentication();
            }
        });
    }

    void validate(PipelineTask task, Completion c) {
        if (c.outcome() == null) {
            throw UserFacingException.onField("outcome", "task.outcome.required");
        }
        if (!task.outcomes().contains(c.outcome())) {
            throw UserFacingException.onField("outcome", "task.outcome.invalid");
        }
        if (c.outcome().needsLostReason()) {
            if (c.lostReason() == null) {
                throw UserFacingException.onField("lostReason", "task.lostReason.required");
            }
            if (c.lostNote() != null && c.lostNote().length() > Deal.LOST_NOTE_MAX) {
                throw UserFacingException.onField("lostNote", "task.lostNote.size", Deal.LOST_NOTE_MAX);
            }
        }
        if (c.outcome().needsNote()) {
            if (c.lostNote() == null || c.lostNote().isBlank()) {
                throw UserFacingException.onField("note", "task.escalationNote.required");
            }
            if (c.lostNote().length() > Deal.LOST_NOTE_MAX) {
                throw UserFacingException.onField("note", "task.lostNote.size", Deal.LOST_NOTE_MAX);
            }
        }
        if (c.outcome().needsNextContact()) {
            if (c.nextContactOn() == null) {
                throw UserFacingException.onField("nextContactOn", "task.nextContact.required");
            }
            if (!c.nextContactOn().isAfter(LocalDate.now(clock))) {
                throw UserFacingException.onField("nextContactOn", "task.nextContact.future");
            }
        }
    }
}
