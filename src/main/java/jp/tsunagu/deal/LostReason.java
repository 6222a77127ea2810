package jp.tsunagu.deal;

/** Why a deal was lost; the report asks for lost reasons and lost amounts. */
public enum LostReason {
    PRICE, LEAD_TIME, CAPACITY, QUALITY, POSTPONED, COMPETITOR, OTHER
}
