package jp.tsunagu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The business seconds a clock has counted, in segments: a pause closes the running segment (its seconds are kept),
 * a resume opens a new one; the time paused is counted apart.
 */
@Embeddable
class ClockSegments {

    @Column(name = "segment_start")
    private Instant segmentStart;

    @Column(name = "used_before_seconds", nullable = false)
    private long usedBefore;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    protected ClockSegments() {}

    /** Running from {@code start}, with {@code usedBefore} seconds already counted. */
    ClockSegments(Instant start, long usedBefore) {
        this.segmentStart = start;
        this.usedBefore = usedBefore;
    }

    /** Business seconds counted up to {@code now}, pauses not counted. */
    long used(WorkingTime time, Instant now) {
        return usedBefore + (segmentStart == null ? 0 : time.secondsBetween(segmentStart, now));
    }

    void pause(WorkingTime time, Instant now) {
        usedBefore = used(time, now);
        segmentStart = null;
        pausedAt = now;
    }

    void resume(WorkingTime time, Instant now) {
        pausedSeconds += time.secondsBetween(pausedAt, now);
        pausedAt = null;
        segmentStart = now;
    }

    void end() {
        segmentStart = null;
    }

    Instant segmentStart() {
        return segmentStart;
    }

    long usedBefore() {
        return usedBefore;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    long pausedSeconds() {
        return pausedSeconds;
    }
}
