package jp.tsunagu.pipeline;

import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;

import java.time.Instant;
import java.util.Optional;

/**
 * When a task that arrives at a stage is due. The pipeline asks; the SLA feature answers (it depends on
 * the pipeline, not the other way round). Without an implementation tasks have no due date.
 */
public interface DueDatePolicy {

    Optional<Instant> dueFor(DealStage stage, WorkCategory category, Instant arrivedAt);
}
