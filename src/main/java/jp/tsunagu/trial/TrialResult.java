package jp.tsunagu.trial;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** What one facility achieved on the trial's sample: pieces, time, workers, errors. */
@Entity
@Table(name = "trial_result")
class TrialResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "trial_id", nullable = false)
    private long trialId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "pieces_done", nullable = false)
    private int piecesDone;

    @Column(name = "minutes_taken", nullable = false)
    private int minutesTaken;

    @Column(nullable = false)
    private int workers;

    @Column(nullable = false)
    private int errors;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TrialResult() {}

    TrialResult(long trialId, long facilityId) {
        this.trialId = trialId;
        this.facilityId = facilityId;
    }

    void record(ResultForm form, String by, Instant at) {
        this.piecesDone = form.piecesDone();
        this.minutesTaken = form.minutesTaken();
        this.workers = form.workers();
        this.errors = form.errors();
        this.note = blankToNull(form.note());
        this.recordedBy = by;
        this.recordedAt = at;
    }

    long getFacilityId() {
        return facilityId;
    }

    int getPiecesDone() {
        return piecesDone;
    }

    int getMinutesTaken() {
        return minutesTaken;
    }

    int getWorkers() {
        return workers;
    }

    int getErrors() {
        return errors;
    }

    String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
