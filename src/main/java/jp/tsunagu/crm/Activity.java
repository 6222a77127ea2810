package jp.tsunagu.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A call, meeting, mail, visit or note with a customer, maybe about one of its deals. */
@Entity
@Table(name = "activity")
class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "deal_id")
    private Long dealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String summary;

    @Column(name = "next_action")
    private String nextAction;

    @Column(name = "next_action_on")
    private LocalDate nextActionOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Activity() {}

    Activity(long customerId, Long dealId, ActivityForm f, String actor, Instant now) {
        this.customerId = customerId;
        this.dealId = dealId;
        this.kind = f.getKind();
        this.occurredOn = f.getOccurredOn();
        this.actor = actor;
        this.summary = f.getSummary().strip();
        this.nextAction = f.getNextAction() == null || f.getNextAction().isBlank()
                ? null
                : f.getNextAction().strip();
        this.nextActionOn = this.nextAction == null ? null : f.getNextActionOn();
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    Long getDealId() {
        return dealId;
    }

    ActivityKind getKind() {
        return kind;
    }

    LocalDate getOccurredOn() {
        return occurredOn;
    }

    String getActor() {
        return actor;
    }

    String getSummary() {
        return summary;
    }

    String getNextAction() {
        return nextAction;
    }

    LocalDate getNextActionOn() {
        return nextActionOn;
    }
}
