package jp.tsunagu.requirements;

/** What the unit price is paid for. */
public enum PricingBasis {
    PER_PIECE,
    PER_HOUR,
    PER_DAY,
    PER_MONTH
}
