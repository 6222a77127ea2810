package jp.tsunagu.pipeline;

import java.time.Instant;
import java.util.List;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealStage;

/**
 * A task opened to be worked on: its deal, who holds it, and what the current user may do. {@code stage}
 * is the task's stage, or for an escalation the stage whose SLA was breached.
 */
public record OpenTask(
        String taskId,
        PipelineTask task,
        DealStage stage,
        DealDetails deal,
        String assignee,
        String assigneeName,
        Instant createdAt,
        Instant dueAt,
        boolean claimable,
        boolean completable,
        Instant followUpAt) {

    /** What the task's form offers (see {@link PipelineTask#formOutcomes()}). */
    public List<Outcome> outcomes() {
        return task.formOutcomes();
    }
}
