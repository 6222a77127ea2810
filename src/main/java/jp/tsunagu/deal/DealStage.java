package jp.tsunagu.deal;

import java.util.Arrays;
import java.util.List;

/** The stages a deal passes through, in order, and which side holds the work in each. */
public enum DealStage {
    LEAD(Party.COMPANY),
    REQUIREMENTS(Party.COMPANY),
    HANDOVER(Party.COMPANY),
    ASSIGNMENT(Party.INTERMEDIARY),
    /** The intermediary holds the briefing and runs the trial with the assigned facilities. */
    TRIAL(Party.INTERMEDIARY),
    /** Not a step of its own: the director evaluates the trial (go, adjust the requirements, or stop). */
    TRIAL_REVIEW(Party.COMPANY),
    DELIVERY(Party.INTERMEDIARY),
    QA(Party.COMPANY),
    /** Not a step of its own on the pipeline: a failed QA sends the batch back to the facilities. */
    REWORK(Party.INTERMEDIARY),
    /** A facility answering an offer, while the deal stays at the assignment. */
    OFFER(Party.FACILITY);

    private final Party party;

    DealStage(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }

    /** The stages shown as steps of the pipeline (rework is a loop inside QA, the evaluation ends the trial). */
    public static List<DealStage> steps() {
        return Arrays.stream(values()).filter(s -> s.step() == s).toList();
    }

    /** The step this stage is shown as: rework counts as QA, an offer as the assignment, the evaluation as the trial. */
    public DealStage step() {
        return switch (this) {
            case REWORK -> QA;
            case OFFER -> ASSIGNMENT;
            case TRIAL_REVIEW -> TRIAL;
            default -> this;
        };
    }

    /** The stages in which assigned facilities work on the deal: briefings, the trial, deliveries, QA, rework. */
    public boolean withFacilities() {
        return this == TRIAL || this == TRIAL_REVIEW || this == DELIVERY || this == QA || this == REWORK;
    }

    /** Work that runs beside the deal's own stage (offers), so the deal does not move when it arrives. */
    public boolean runsBeside() {
        return this == OFFER;
    }
}
