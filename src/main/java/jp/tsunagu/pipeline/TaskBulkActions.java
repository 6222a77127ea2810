package jp.tsunagu.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several tasks at once: claim, release, or (supervisors) hand to someone else. Each task goes through the inbox's
 * own rule for one task and commits on its own, so a task someone took meanwhile is reported with the reason and
 * the others are still done.
 */
@Service
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
public class TaskBulkActions {

    /** One task's result: done, or the reason it was not (in the person's words). */
    public record BulkResult(String taskId, String dealTitle, boolean done, String messageKey, Object[] params) {}

    private final TaskInboxService inbox;
    private final TransactionTemplate eachTask;

    TaskBulkActions(TaskInboxService inbox, PlatformTransactionManager transactions) {
        this.inbox = inbox;
        this.eachTask = new TransactionTemplate(transactions);
        this.eachTask.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Claims each task; one already taken by someone else is reported and the others are still claimed. */
    public List<BulkResult> claimAll(Collection<String> taskIds) {
        return each(taskIds, "task.bulk.claimed", inbox::claim);
    }

    public List<BulkResult> releaseAll(Collection<String> taskIds) {
        return each(taskIds, "task.bulk.released", inbox::unclaim);
    }

    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<BulkResult> reassignAll(Collection<String> taskIds, String assignee) {
        return each(taskIds, "task.bulk.reassigned", id -> inbox.reassign(id, assignee));
    }

    private List<BulkResult> each(Collection<String> taskIds, String doneKey, Consumer<String> action) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(taskIds));
        Map<String, String> titles = inbox.titlesOf(ids);
        List<BulkResult> results = new ArrayList<>();
        for (String id : ids) {
            String title = titles.getOrDefault(id, "");
            try {
                eachTask.executeWithoutResult(status -> action.accept(id));
                results.add(new BulkResult(id, title, true, doneKey, new Object[] {title}));
            } catch (UserFacingException refusal) {
                results.add(new BulkResult(id, title, false, refusal.messageKey(), refusal.params()));
            }
        }
        return results;
    }
}
