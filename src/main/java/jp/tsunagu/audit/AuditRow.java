package jp.tsunagu.audit;

import java.time.Instant;

/**
 * An audit entry as the screens show it. {@code action} names what happened (a message key under
 * {@code audit.action.}); {@code detail} is the change itself, e.g. "3 → 5 営業日".
 */
public record AuditRow(
        long id, Instant at, String actor, AuditKind kind, Long entityId, Long dealId, String action, String detail) {}
