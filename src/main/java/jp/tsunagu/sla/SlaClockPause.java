package jp.tsunagu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One pause of a clock: while the deal waited for the customer, and why. */
@Entity
@Table(name = "sla_clock_pause")
class SlaClockPause {

    static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clock_id", nullable = false)
    private long clockId;

    @Column(name = "paused_at", nullable = false)
    private Instant pausedAt;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "paused_by", nullable = false)
    private String pausedBy;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "charged_to", nullable = false)
    private String chargedTo;

    @Column(name = "business_seconds")
    private Long businessSeconds;

    protected SlaClockPause() {}

    /** A pause for a reason of the admin's list, charged to its party; {@code reason} the note or the reason's name. */
    SlaClockPause(long clockId, Instant pausedAt, PauseReasons.Reason why, String reason, String pausedBy) {
        this.clockId = clockId;
        this.pausedAt = pausedAt;
        this.reasonCode = why.code();
        this.chargedTo = why.chargedTo();
        this.reason = reason;
        this.pausedBy = pausedBy;
    }

    /** The wait ended: when, and the business seconds it added in its clock's calendar. */
    void resumed(Instant at, long seconds) {
        this.resumedAt = at;
        this.businessSeconds = seconds;
    }

    long getClockId() {
        return clockId;
    }

    Instant getPausedAt() {
        return pausedAt;
    }

    Instant getResumedAt() {
        return resumedAt;
    }

    String getReason() {
        return reason;
    }

    String getPausedBy() {
        return pausedBy;
    }
}
