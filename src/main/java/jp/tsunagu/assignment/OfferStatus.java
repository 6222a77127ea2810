package jp.tsunagu.assignment;

/** Where an offer to a facility stands. */
public enum OfferStatus {
    SENT,
    ACCEPTED,
    COUNTERED,
    DECLINED,
    EXPIRED,
    WITHDRAWN;

    /** The facility said yes (as asked, or with its own quantity and start). */
    public boolean isYes() {
        return this == ACCEPTED || this == COUNTERED;
    }
}
