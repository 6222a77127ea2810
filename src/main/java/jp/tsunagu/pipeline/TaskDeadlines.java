package jp.tsunagu.pipeline;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import jp.tsunagu.security.AppRoles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the SLA feature may do to an engine task without a person behind it (pauses, the sweep): move its
 * due date, learn who holds it. Not for views; they go through {@link TaskInboxService}.
 */
@Service
public class TaskDeadlines {

    private final TaskService engineTasks;

    TaskDeadlines(TaskService engineTasks) {
        this.engineTasks = engineTasks;
    }

    /** Sets the task's due date, or clears it ({@code null}) while its clock is paused. */
    @Transactional
    public void setDue(String taskId, Instant due) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            task.setDueDate(due == null ? null : Date.from(due));
            engineTasks.saveTask(task);
        }
    }

    @Transactional(readOnly = true)
    public Optional<String> assigneeOf(String taskId) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : Optional.ofNullable(task.getAssignee());
    }

    /** The facility whose offer task this is (its candidate group), if it is one. */
    @Transactional(readOnly = true)
    public Optional<Long> offerFacilityOf(String taskId) {
        if (engineTasks.createTaskQuery().taskId(taskId).count() == 0) {
            return Optional.empty();
        }
        String prefix = AppRoles.FACILITY + "-";
        return engineTasks.getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getGroupId)
                .filter(g -> g != null && g.startsWith(prefix))
                .findFirst()
                .map(g -> Long.parseLong(g.substring(prefix.length())));
    }

    /** Who sent the offer a facility's task answers (the intermediary staff member), if the task is an offer. */
    @Transactional(readOnly = true)
    public Optional<String> offerSenderOf(String taskId) {
        if (engineTasks.createTaskQuery().taskId(taskId).count() == 0) {
            return Optional.empty();
        }
        Object sentBy = engineTasks.getVariable(taskId, ProcessVariables.SENT_BY);
        return sentBy == null ? Optional.empty() : Optional.of(sentBy.toString());
    }
}
