package jp.tsunagu.pipeline;

import java.util.List;

/**
 * Every process variable that the BPMN files and the code share, by name: the contract between them, in one place.
 * {@code ProcessContractTest} reads the BPMN files and fails on a variable or delegate the code does not know.
 */
public final class ProcessVariables {

    /** The outcome chosen on a task (an {@link Outcome}'s name): the deal pipeline's gateways route on it. */
    public static final String OUTCOME = "outcome";
    /** The deal's kind of work: a hand-off's SLA policy depends on it. */
    public static final String WORK_CATEGORY = "workCategory";
    /** When nurturing brings the deal back to its director (the nurture timer's date). */
    public static final String NEXT_CONTACT_AT = "nextContactAt";
    /** The facilities an offer goes to (the offer process's multi-instance collection), and each one's id. */
    public static final String FACILITY_IDS = "facilityIds";

    public static final String FACILITY_ID = "facilityId";
    /** When an offer expires unanswered (its timer). */
    public static final String ANSWER_DEADLINE = "answerDeadline";
    /** The intermediary staff member who sent an offer: an offer nobody took is followed up by them. */
    public static final String SENT_BY = "sentBy";
    /** The stage and task whose SLA breach opened an escalation. */
    public static final String BREACHED_STAGE = "breachedStage";

    public static final String BREACHED_TASK = "breachedTask";
    /** A delivery cycle's batches (multi-instance collection), and each one's id. */
    public static final String BATCH_IDS = "batchIds";

    public static final String BATCH_ID = "batchId";
    /** Whether the contract goes on after the cycle just closed, and when the next cycle opens. */
    public static final String MORE_CYCLES = "moreCycles";

    public static final String NEXT_CYCLE_AT = "nextCycleAt";

    public static final List<String> ALL = List.of(
            OUTCOME,
            WORK_CATEGORY,
            NEXT_CONTACT_AT,
            FACILITY_IDS,
            FACILITY_ID,
            ANSWER_DEADLINE,
            SENT_BY,
            BREACHED_STAGE,
            BREACHED_TASK,
            BATCH_IDS,
            BATCH_ID,
            MORE_CYCLES,
            NEXT_CYCLE_AT);

    private ProcessVariables() {}
}
