package jp.tsunagu.deal;

/**
 * Whether a deal is still moving, was lost, or went through QA to the end; or a deal from an office's past
 * records, imported for the KPIs, for which no process runs.
 */
public enum DealStatus {
    OPEN,
    LOST,
    COMPLETED,
    HISTORY
}
