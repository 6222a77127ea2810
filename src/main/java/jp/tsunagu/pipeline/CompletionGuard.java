package jp.tsunagu.pipeline;

/**
 * A rule another feature adds to completing a task, e.g. "facilities must be confirmed before the
 * assignment is done". Throws a {@link jp.tsunagu.base.UserFacingException} to refuse; runs inside the
 * completing transaction, before the engine moves on.
 */
public interface CompletionGuard {

    void check(long dealId, PipelineTask task, Outcome outcome);

    /** The same, knowing which task: a delivery batch's tasks are told apart by it. */
    default void check(long dealId, String taskId, PipelineTask task, Outcome outcome) {
        check(dealId, task, outcome);
    }
}
