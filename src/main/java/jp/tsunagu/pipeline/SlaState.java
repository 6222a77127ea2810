package jp.tsunagu.pipeline;

/** Where a clock stands: on time, near the limit, over it, stopped while waiting, or finished. */
public enum SlaState {
    RUNNING, AT_RISK, BREACHED, PAUSED, MET, MISSED
}
