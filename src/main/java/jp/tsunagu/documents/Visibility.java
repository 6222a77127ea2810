package jp.tsunagu.documents;

/** Who may see a document besides the company that works the deal. */
public enum Visibility {
    /** The company's people only (directors, supervisors). */
    COMPANY,
    /** The company and the intermediary. */
    INTERMEDIARY,
    /** Also the facilities offered or assigned on the deal (or only the one facility of an offer or a batch). */
    FACILITIES
}
