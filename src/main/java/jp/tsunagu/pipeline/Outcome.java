package jp.tsunagu.pipeline;

/** What a person decides when completing a task; the BPMN's gateways route on it. */
public enum Outcome {
    READY, NURTURE, LOST, DONE, HANDED_OVER, ASSIGNED, TRIAL_DONE, PASSED, ADJUST, DELIVERED, ACCEPTED, REWORK, REDELIVERED,
    /** A supervisor has dealt with an SLA breach. */
    RESOLVED,
    /** A facility's answers to an offer. */
    OFFER_ACCEPTED, OFFER_COUNTERED, OFFER_DECLINED;

    public boolean needsLostReason() {
        return this == LOST;
    }

    public boolean needsNextContact() {
        return this == NURTURE;
    }
}
