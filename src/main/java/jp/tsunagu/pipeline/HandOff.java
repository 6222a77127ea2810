package jp.tsunagu.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;

/**
 * One arrival of work at a stage: who passed it on, who received it, and when the receiving task was
 * created, claimed and completed. Rows where the parties differ are the hand-offs between the company
 * and the intermediary whose lead times the SLAs measure. See docs/adr/0003-hand-off-records.md.
 */
@Entity
@Table(name = "hand_off")
public class HandOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(name = "task_id", nullable = false, unique = true)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private DealStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_party")
    private Party fromParty;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    private DealStage toStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_party", nullable = false)
    private Party toParty;

    @Column(name = "cross_party", nullable = false)
    private boolean crossParty;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected HandOff() {}

    HandOff(long dealId, String taskId, HandOff previous, DealStage toStage, Instant createdAt) {
        this.dealId = dealId;
        this.taskId = taskId;
        this.toStage = toStage;
        this.toParty = toStage.party();
        this.createdAt = createdAt;
        if (previous != null) {
            this.fromStage = previous.toStage;
            this.fromParty = previous.toParty;
            this.createdBy = previous.completedBy;
        }
        this.crossParty = fromParty != null && fromParty != toParty;
    }

    /** Who passed the work on, for the first arrival, which has no previous stage to name them. */
    void createdBy(String user) {
        this.createdBy = user;
    }

    /** Work beside the deal's stage (an offer) comes from the stage it serves, sent by a person. */
    static HandOff beside(long dealId, String taskId, DealStage from, DealStage to, String sentBy, Instant at) {
        HandOff h = new HandOff(dealId, taskId, null, to, at);
        h.fromStage = from;
        h.fromParty = from.party();
        h.createdBy = sentBy;
        h.crossParty = h.fromParty != h.toParty;
        return h;
    }

    void claimed(String user, Instant at) {
        this.claimedBy = user;
        this.claimedAt = user == null ? null : at;
    }

    void completed(String user, Outcome outcome, Instant at) {
        this.completedBy = user;
        this.outcome = outcome;
        this.completedAt = at;
    }

    public long getDealId() {
        return dealId;
    }

    public String getTaskId() {
        return taskId;
    }

    public DealStage getFromStage() {
        return fromStage;
    }

    public Party getFromParty() {
        return fromParty;
    }

    public DealStage getToStage() {
        return toStage;
    }

    public Party getToParty() {
        return toParty;
    }

    public boolean isCrossParty() {
        return crossParty;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
