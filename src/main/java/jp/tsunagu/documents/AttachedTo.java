package jp.tsunagu.documents;

/** The part of a deal a document belongs to; the id of that part goes with it ({@code DEAL}: the deal's own id). */
public enum AttachedTo {
    DEAL,
    REQUIREMENT,
    QUESTION,
    OFFER,
    BRIEFING,
    BATCH,
    INSPECTION
}
