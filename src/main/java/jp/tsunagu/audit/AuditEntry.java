package jp.tsunagu.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change, as it was made: never updated or deleted. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditKind kind;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "deal_id")
    private Long dealId;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(nullable = false, length = DETAIL_MAX)
    private String detail;

    protected AuditEntry() {}

    AuditEntry(Instant at, String actor, AuditKind kind, Long entityId, Long dealId, String action, String detail) {
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.entityId = entityId;
        this.dealId = dealId;
        this.action = action;
        String d = detail == null ? "" : detail;
        this.detail = d.length() > DETAIL_MAX ? d.substring(0, DETAIL_MAX - 1) + "…" : d;
    }

    AuditRow row() {
        return new AuditRow(id, at, actor, kind, entityId, dealId, action, detail);
    }
}
