package jp.tsunagu.audit;

import java.time.LocalDate;

/** The admin's filters on the audit log; nulls mean "any". */
public record AuditFilter(AuditKind kind, String actor, LocalDate from, LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
