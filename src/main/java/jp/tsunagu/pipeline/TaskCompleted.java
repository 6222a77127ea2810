package jp.tsunagu.pipeline;

/**
 * A task of a deal was completed with a decision; published inside the completing transaction, so what a
 * listener records commits or rolls back with the task (the trial keeps the director's evaluation).
 */
public record TaskCompleted(long dealId, String taskId, PipelineTask task, Outcome outcome, String actor) {}
