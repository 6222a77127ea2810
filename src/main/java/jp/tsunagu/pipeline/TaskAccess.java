package jp.tsunagu.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.security.AbsenceService;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.query.NativeQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What every inbox action needs of the engine: the open task, whether the current user may see it (theirs, a
 * colleague's they stand in for, or offered to their role), its deal, and the engine's refusals as messages.
 */
@Component
class TaskAccess {

    /** The processes whose tasks land in inboxes: the deal pipeline, SLA escalations and offers. */
    static final String[] PROCESS_KEYS = {PipelineTask.PROCESS_KEY, Escalations.PROCESS_KEY, Offers.PROCESS_KEY};

    private final TaskService engineTasks;
    private final RuntimeService runtime;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final AbsenceService absences;

    TaskAccess(
            TaskService engineTasks,
            RuntimeService runtime,
            UserDirectory users,
            CurrentUser currentUser,
            AbsenceService absences) {
        this.engineTasks = engineTasks;
        this.runtime = runtime;
        this.users = users;
        this.currentUser = currentUser;
        this.absences = absences;
    }

    /** Whose assigned tasks are in my inbox: mine, and those of anyone I stand in for today. */
    List<String> holders() {
        List<String> holders = new ArrayList<>();
        holders.add(currentUser.username());
        holders.addAll(absences.coveredBy(currentUser.username()));
        return holders;
    }

    Task visibleTask(String taskId) {
        Task task = task(taskId);
        if (task == null) {
            throw UserFacingException.notFound("task.gone");
        }
        if (!visible(task)) {
            // Someone may have completed it a moment ago (on this node or another): say so rather than "not yours".
            boolean gone = task(taskId) == null;
            throw gone ? UserFacingException.notFound("task.gone") : new UserFacingException("task.notYours");
        }
        return task;
    }

    /** Mine, or offered to one of my groups; read now, so a task completed meanwhile is simply not visible. */
    boolean visible(Task task) {
        return visible(task, holders());
    }

    /** The same, with whose tasks the user holds read once by the caller (a deal page asks for several tasks). */
    boolean visible(Task task, List<String> holders) {
        if (task.getAssignee() != null && holders.contains(task.getAssignee())) {
            return true;
        }

        List<String> roles = currentUser.roles();
        if (roles.isEmpty()) {
            return false;
        }
        // A native count runs its SQL as it is; a completed task's links are gone with it.
        var query = engineTasks.createNativeTaskQuery();
        query.sql("select count(*) from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = #{id} and I.TYPE_ = 'candidate' "
                        + "and I.GROUP_ID_ in (" + in(query, "group", roles) + ")")
                .parameter("id", task.getId());
        return query.count() > 0;
    }

    /** The open task, or null. */
    Task task(String taskId) {
        return engineTasks
                .createNativeTaskQuery()
                .sql("select * from ACT_RU_TASK where ID_ = #{id}")
                .parameter("id", taskId)
                .singleResult();
    }

    long dealIdOf(Task task) {
        Long dealId = dealIds(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
        if (dealId == null) {
            throw UserFacingException.notFound("task.gone");
        }
        return dealId;
    }

    /** The deal of each process instance (its business key). */
    Map<String, Long> dealIds(Set<String> processInstanceIds) {
        var query = runtime.createNativeProcessInstanceQuery();
        query.sql("select * from ACT_RU_EXECUTION where ID_ in (" + in(query, "id", List.copyOf(processInstanceIds))
                + ")");
        return query.list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> Long.parseLong(p.getBusinessKey())));
    }

    List<String> candidateGroups(String taskId) {
        return engineTasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    DealStage stageOf(Task task, PipelineTask pipelineTask) {
        if (!pipelineTask.isEscalation()) {
            return pipelineTask.stage();
        }
        Object breached = runtime.getVariable(task.getProcessInstanceId(), ProcessVariables.BREACHED_STAGE);
        return breached == null ? null : DealStage.valueOf(breached.toString());
    }

    /** Runs an engine call, turning the engine's refusals into messages a person can act on. */
    void engine(Runnable call) {
        try {
            call.run();
        } catch (TaskAlreadyClaimedException e) {
            throw UserFacingException.conflict("task.claimedByOther", users.displayName(e.getTaskAssignee()));
        } catch (OptimisticLockingException e) {
            throw new UserFacingException("task.concurrent");
        } catch (ProcessEngineException e) {
            throw UserFacingException.notFound("task.gone");
        }
    }

    /** An IN list for a native query: the values bound as name0, name1, … and their placeholders returned. */
    static String in(NativeQuery<?, ?> query, String name, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.parameter(name + i, values.get(i));
        }
        return IntStream.range(0, values.size())
                .mapToObj(i -> "#{" + name + i + "}")
                .collect(Collectors.joining(", "));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static String processKeyOf(Task task) {
        String definition = task.getProcessDefinitionId();
        return definition == null ? "" : definition.split(":", 2)[0];
    }
}
