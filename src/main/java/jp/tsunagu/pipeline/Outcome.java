package jp.tsunagu.pipeline;

/** What a person decides when completing a task; the BPMN's gateways route on it. */
public enum Outcome {
    READY,
    NURTURE,
    LOST,
    DONE,
    HANDED_OVER,
    ASSIGNED,
    TRIAL_DONE,
    PASSED,
    ADJUST,
    DELIVERED,
    ACCEPTED,
    REWORK,
    REDELIVERED,
    /** What a supervisor did about an SLA breach: another person, a new date agreed, the breach accepted, other. */
    REASSIGNED,
    DEADLINE_AGREED,
    BREACH_ACCEPTED,
    RESOLVED,
    /** A facility's answers to an offer. */
    OFFER_ACCEPTED,
    OFFER_COUNTERED,
    OFFER_DECLINED;

    public boolean needsLostReason() {
        return this == LOST;
    }

    /** An escalation's outcome: the supervisor writes down what was done. */
    public boolean needsNote() {
        return this == REASSIGNED || this == DEADLINE_AGREED || this == BREACH_ACCEPTED || this == RESOLVED;
    }

    public boolean needsNextContact() {
        return this == NURTURE;
    }
}
