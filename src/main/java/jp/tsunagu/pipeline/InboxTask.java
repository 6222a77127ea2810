package jp.tsunagu.pipeline;

import java.time.Instant;
import java.util.List;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;

/**
 * One row of a task inbox. For an escalation, {@code stage} is the stage whose SLA was breached.
 * {@code sla} is null for a task without a clock; {@code followUpAt} null when no follow-up date is set;
 * {@code assigneeName} is the holder's name, null when unclaimed.
 */
public record InboxTask(
        String taskId,
        PipelineTask task,
        DealStage stage,
        long dealId,
        String dealTitle,
        String customerName,
        WorkCategory category,
        Instant createdAt,
        Instant dueAt,
        String assignee,
        SlaStatus sla,
        List<TaskRemarks.Remark> remarks,
        Instant followUpAt,
        String assigneeName) {

    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    public boolean isEscalation() {
        return task.isEscalation();
    }
}
