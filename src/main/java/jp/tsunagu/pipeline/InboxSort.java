package jp.tsunagu.pipeline;

/** The orders the engine's task query can page in. */
public enum InboxSort {
    WAITING_SINCE,
    DUE
}
