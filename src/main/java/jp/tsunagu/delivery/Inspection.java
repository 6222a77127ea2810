package jp.tsunagu.delivery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** One inspection of one delivered batch: pieces checked, errors by type, and the verdict against the standard. */
@Entity
@Table(name = "inspection")
class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(nullable = false)
    private int round;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "inspected_at", nullable = false)
    private Instant inspectedAt;

    @Column(name = "inspected_by", nullable = false)
    private String inspectedBy;

    @Column(name = "pieces_checked", nullable = false)
    private int piecesChecked;

    @Column(nullable = false)
    private int errors;

    @Column(name = "accepted_error_rate", nullable = false)
    private BigDecimal acceptedErrorRate;

    @Column(name = "checks_done", nullable = false)
    private boolean checksDone;

    @Column(nullable = false)
    private boolean passed;

    private String note;

    @ElementCollection
    @CollectionTable(name = "inspection_error", joinColumns = @JoinColumn(name = "inspection_id"))
    @MapKeyColumn(name = "error_type")
    @Column(name = "count")
    private Map<String, Integer> errorsByType = new HashMap<>();

    protected Inspection() {}

    Inspection(
            DeliveryBatch batch,
            int round,
            Verdict verdict,
            Map<String, Integer> errorsByType,
            boolean checksDone,
            String note,
            String by,
            Instant at,
            LocalDate on) {
        this.batchId = batch.getId();
        this.round = round;
        this.dealId = batch.getDealId();
        this.facilityId = batch.getFacilityId();
        this.inspectedOn = on;
        this.inspectedAt = at;
        this.inspectedBy = by;
        this.piecesChecked = verdict.piecesChecked();
        this.errors = verdict.errors();
        this.acceptedErrorRate = verdict.standard();
        this.checksDone = checksDone;
        this.passed = verdict.passed();
        this.note = note;
        errorsByType.forEach((type, count) -> {
            if (count != null && count > 0) {
                this.errorsByType.put(type, count);
            }
        });
    }

    long getBatchId() {
        return batchId;
    }

    int getRound() {
        return round;
    }

    Instant getInspectedAt() {
        return inspectedAt;
    }

    String getInspectedBy() {
        return inspectedBy;
    }

    int getPiecesChecked() {
        return piecesChecked;
    }

    int getErrors() {
        return errors;
    }

    boolean isPassed() {
        return passed;
    }

    boolean isChecksDone() {
        return checksDone;
    }

    BigDecimal getAcceptedErrorRate() {
        return acceptedErrorRate;
    }

    String getNote() {
        return note;
    }

    Map<String, Integer> getErrorsByType() {
        return errorsByType;
    }

    long getDealId() {
        return dealId;
    }

    long getFacilityId() {
        return facilityId;
    }
}
