package jp.tsunagu.pipeline;

import jp.tsunagu.deal.DealDetails;

import java.time.Instant;
import java.util.List;

/** A task opened to be worked on: its deal, who holds it, and what the current user may do. */
public record OpenTask(String taskId, PipelineTask task, DealDetails deal, String assignee, String assigneeName,
                       Instant createdAt, Instant dueAt, boolean claimable, boolean completable) {

    public List<Outcome> outcomes() {
        return task.outcomes();
    }
}
