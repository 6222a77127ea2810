package jp.tsunagu.pipeline;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;

/**
 * The clock that times each arrival of work at a stage. The pipeline tells it what happens to a task
 * and asks it for due dates and SLA states; the SLA feature implements it (and depends on the pipeline,
 * never the other way round). Calls come inside the engine's transaction.
 */
public interface StageClock {

    /**
     * Work arrived at a stage; returns when it is due, if a policy applies. {@code dueBy} is a due date the
     * process itself gives the task (a delivery batch's); the clock then counts to it instead of the policy's
     * duration.
     */
    Optional<Instant> started(
            long dealId, String taskId, DealStage stage, WorkCategory category, Instant at, Instant dueBy);

    void claimed(String taskId, String assignee);

    /** The work was done: the clock stops and counts in the lead times. */
    void stopped(String taskId, Instant at);

    /** The work was withdrawn undone (an offer withdrawn or expired): the clock stops and nothing counts it. */
    void cancelled(String taskId, Instant at);

    /** The SLA state of each of these open tasks that has a clock. */
    Map<String, SlaStatus> statusOf(Collection<String> taskIds);
}
