package jp.tsunagu.search;

/** The kinds of things the header's search box finds, in the order the results list them. */
public enum SearchKind {
    DEAL,
    CUSTOMER,
    CONTACT,
    FACILITY,
    QUESTION,
    ACTIVITY
}
