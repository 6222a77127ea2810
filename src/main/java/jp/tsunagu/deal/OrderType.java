package jp.tsunagu.deal;

/** One-off or recurring; recurring orders make up ARR. */
public enum OrderType {
    ONE_OFF,
    RECURRING
}
