package jp.tsunagu.deal;

/** The three kinds of work, with very different lead times. */
public enum WorkCategory {
    /** PC / digital work: data entry, tagging, checking (about 75% of orders). */
    PC,
    /** Light work inside the facility: stickers, folding, assembly, counting. */
    LIGHT,
    /** Off-site work (施設外就労): a team works at the customer's premises. */
    OFFSITE
}
