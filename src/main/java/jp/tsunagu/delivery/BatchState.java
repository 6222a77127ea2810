package jp.tsunagu.delivery;

/** Where a delivery batch stands: planned, due from the facility, arrived, sent back for rework, accepted. */
public enum BatchState {
    PLANNED,
    OPEN,
    DELIVERED,
    REWORK,
    ACCEPTED
}
