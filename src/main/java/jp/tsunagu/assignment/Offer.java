package jp.tsunagu.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A job offered to one facility: sent, then accepted, countered, declined (with a reason) or expired. */
@Entity
@Table(name = "offer")
class Offer {

    static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferStatus status = OfferStatus.SENT;

    @Column(name = "answer_deadline", nullable = false)
    private LocalDate answerDeadline;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    private Integer quantity;

    @Column(name = "hours_per_month")
    private Integer hoursPerMonth;

    @Column(name = "offered_quantity")
    private Integer offeredQuantity;

    @Column(name = "offered_hours")
    private Integer offeredHours;

    @Column(name = "start_on")
    private LocalDate startOn;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Offer() {}

    Offer(
            long dealId,
            long facilityId,
            LocalDate answerDeadline,
            String sentBy,
            Instant sentAt,
            Integer offeredQuantity,
            Integer offeredHours) {
        this.offeredQuantity = offeredQuantity;
        this.offeredHours = offeredHours;
        this.dealId = dealId;
        this.facilityId = facilityId;
        this.answerDeadline = answerDeadline;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    void answer(
            OfferStatus answer,
            Integer quantity,
            Integer hoursPerMonth,
            LocalDate startOn,
            String reason,
            String by,
            Instant at) {
        this.status = answer;
        this.quantity = quantity;
        this.hoursPerMonth = hoursPerMonth;
        this.startOn = startOn;
        this.declineReason = reason;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    void close(OfferStatus closed, Instant at) {
        if (status == OfferStatus.SENT) {
            this.status = closed;
            this.answeredAt = at;
        }
    }

    /** Whether the facility still waits on this offer: for its answer, or, having said yes, for the assignment. */
    boolean isLive() {
        return status == OfferStatus.SENT || status == OfferStatus.ACCEPTED || status == OfferStatus.COUNTERED;
    }

    /** The deal ended before the facility was assigned: the offer, answered or not, is withdrawn. */
    void withdraw(Instant at) {
        if (isLive()) {
            this.status = OfferStatus.WITHDRAWN;
            this.answeredAt = answeredAt == null ? at : answeredAt;
        }
    }

    OfferRow toRow(String facilityName, String dealTitle) {
        return new OfferRow(
                id,
                dealId,
                dealTitle,
                facilityId,
                facilityName,
                status,
                answerDeadline,
                quantity,
                hoursPerMonth,
                startOn,
                declineReason,
                answeredBy,
                answeredAt,
                offeredQuantity,
                offeredHours);
    }

    Long getId() {
        return id;
    }

    long getDealId() {
        return dealId;
    }

    long getFacilityId() {
        return facilityId;
    }

    OfferStatus getStatus() {
        return status;
    }

    Integer getOfferedQuantity() {
        return offeredQuantity;
    }

    Integer getOfferedHours() {
        return offeredHours;
    }

    String getSentBy() {
        return sentBy;
    }

    LocalDate getAnswerBy() {
        return answerDeadline;
    }
}
