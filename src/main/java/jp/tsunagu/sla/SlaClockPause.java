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

    protected SlaClockPause() {}

    SlaClockPause(long clockId, Instant pausedAt, String reason, String pausedBy) {
        this.clockId = clockId;
        this.pausedAt = pausedAt;
        this.reason = reason;
        this.pausedBy = pausedBy;
    }

    void resumed(Instant at) {
        this.resumedAt = at;
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
