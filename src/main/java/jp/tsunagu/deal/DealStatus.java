package jp.tsunagu.deal;

/** Whether a deal is still moving, was lost, or went through QA to the end. */
public enum DealStatus {
    OPEN, LOST, COMPLETED
}
