package jp.tsunagu.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.deal.DealStage;

/**
 * The user tasks of {@code bpmn/deal-pipeline.bpmn}: their ids, the stage each stands for, and the
 * outcomes its form offers. A process test keeps this list and the BPMN file in step.
 */
public enum PipelineTask {
    QUALIFY_LEAD("qualifyLead", DealStage.LEAD, Outcome.READY, Outcome.NURTURE, Outcome.LOST),
    DEFINE_REQUIREMENTS("defineRequirements", DealStage.REQUIREMENTS, Outcome.DONE, Outcome.LOST),
    HAND_OVER("handOver", DealStage.HANDOVER, Outcome.HANDED_OVER, Outcome.LOST),
    ASSIGN_FACILITIES("assignFacilities", DealStage.ASSIGNMENT, Outcome.ASSIGNED, Outcome.LOST),
    RUN_TRIAL("runTrial", DealStage.TRIAL, Outcome.TRIAL_DONE),
    EVALUATE_TRIAL("evaluateTrial", DealStage.TRIAL_REVIEW, Outcome.PASSED, Outcome.ADJUST, Outcome.LOST),
    DELIVER_WORK("deliverWork", DealStage.DELIVERY, Outcome.DELIVERED),
    INSPECT_QUALITY("inspectQuality", DealStage.QA, Outcome.ACCEPTED, Outcome.REWORK),
    REWORK_DELIVERY("reworkDelivery", DealStage.REWORK, Outcome.REDELIVERED),
    /** A facility's answer to an offer, in {@code bpmn/facility-offers.bpmn}; beside the assignment. */
    ANSWER_OFFER(
            "answerOffer", DealStage.OFFER, Outcome.OFFER_ACCEPTED, Outcome.OFFER_COUNTERED, Outcome.OFFER_DECLINED),
    /** A supervisor's task in {@code bpmn/sla-escalation.bpmn}: not a stage of the deal. */
    HANDLE_BREACH(
            "handleBreach",
            null,
            Outcome.REASSIGNED,
            Outcome.DEADLINE_AGREED,
            Outcome.BREACH_ACCEPTED,
            Outcome.RESOLVED);

    /** The process definition key of the deal pipeline; its business key is the deal's id. */
    public static final String PROCESS_KEY = "deal-pipeline";

    private final String taskKey;
    private final DealStage stage;
    private final List<Outcome> outcomes;

    PipelineTask(String taskKey, DealStage stage, Outcome... outcomes) {
        this.taskKey = taskKey;
        this.stage = stage;
        this.outcomes = List.of(outcomes);
    }

    public String taskKey() {
        return taskKey;
    }

    /** The stage the task stands for; {@code null} for an escalation, which is no stage of the deal. */
    public DealStage stage() {
        return stage;
    }

    public boolean isEscalation() {
        return stage == null;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * The outcomes the task's own form offers. Facilities are confirmed in the assignment workspace on the
     * deal page, which completes the task itself, so the form offers only the loss there. A batch's delivery,
     * inspection and rework are completed by their own forms (the delivery feature's), which record the
     * quantities and errors first.
     */
    public List<Outcome> formOutcomes() {
        return switch (this) {
            case ASSIGN_FACILITIES -> List.of(Outcome.LOST);
            case DELIVER_WORK, INSPECT_QUALITY, REWORK_DELIVERY -> List.of();
            default -> outcomes;
        };
    }

    /** A task of one delivery batch (the process runs one set per batch, side by side). */
    public boolean isBatchTask() {
        return this == DELIVER_WORK || this == INSPECT_QUALITY || this == REWORK_DELIVERY;
    }

    public static Optional<PipelineTask> byTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(t -> t.taskKey.equals(taskKey)).findFirst();
    }

    public static PipelineTask of(DealStage stage) {
        return Arrays.stream(values()).filter(t -> t.stage == stage).findFirst().orElseThrow();
    }
}
