package jp.tsunagu.crm;

/** What kind of contact an activity was. */
public enum ActivityKind {
    CALL,
    MEETING,
    MAIL,
    VISIT,
    NOTE
}
