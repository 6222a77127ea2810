package jp.tsunagu.trial;

import static jp.tsunagu.base.Texts.blankToNull;

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
import jp.tsunagu.pipeline.Outcome;

/** One round of a deal's trial: the sample, its instructions, and the director's evaluation once given. */
@Entity
@Table(name = "trial")
class Trial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(nullable = false)
    private int round;

    @Column(name = "sample_quantity", nullable = false)
    private int sampleQuantity;

    private String instructions;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Outcome evaluation;

    @Column(name = "evaluated_by")
    private String evaluatedBy;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Trial() {}

    Trial(long dealId, int round) {
        this.dealId = dealId;
        this.round = round;
    }

    void update(TrialForm form, String by, Instant at) {
        this.sampleQuantity = form.sampleQuantity();
        this.dueOn = form.dueOn();
        this.instructions = blankToNull(form.instructions());
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void evaluated(Outcome outcome, String by, Instant at) {
        this.evaluation = outcome;
        this.evaluatedBy = by;
        this.evaluatedAt = at;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getDealId() {
        return dealId;
    }

    int getRound() {
        return round;
    }

    int getSampleQuantity() {
        return sampleQuantity;
    }

    String getInstructions() {
        return instructions;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    Outcome getEvaluation() {
        return evaluation;
    }

    String getEvaluatedBy() {
        return evaluatedBy;
    }

    Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
