package jp.tsunagu.audit;

/** What an audit entry is about. */
public enum AuditKind {
    DEAL,
    ASSIGNMENT,
    SLA_POLICY,
    LOGIN,
    USER,
    CALENDAR,
    DOCUMENT
}
