package jp.tsunagu.pipeline;

/** Where a clock stands: on time, near the limit, over it, stopped while waiting, finished, or called off. */
public enum SlaState {
    RUNNING,
    AT_RISK,
    BREACHED,
    PAUSED,
    MET,
    MISSED,
    /** The work was withdrawn before anyone did it (an offer withdrawn or expired unanswered): no lead time counts it. */
    CANCELLED
}
