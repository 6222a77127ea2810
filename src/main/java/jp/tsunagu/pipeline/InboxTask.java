package jp.tsunagu.pipeline;

import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;

import java.time.Instant;

/** One row of a task inbox. */
public record InboxTask(String taskId, DealStage stage, long dealId, String dealTitle, String customerName,
                        WorkCategory category, Instant createdAt, Instant dueAt, String assignee) {

    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
