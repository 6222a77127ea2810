package jp.tsunagu.deal;

import java.util.Arrays;
import java.util.List;

/** The stages a deal passes through, in order, and which side holds the work in each. */
public enum DealStage {
    LEAD(Party.COMPANY),
    REQUIREMENTS(Party.COMPANY),
    HANDOVER(Party.COMPANY),
    ASSIGNMENT(Party.INTERMEDIARY),
    TRIAL(Party.JOINT),
    DELIVERY(Party.INTERMEDIARY),
    QA(Party.COMPANY),
    /** Not a step of its own on the pipeline: a failed QA sends the batch back to the facilities. */
    REWORK(Party.INTERMEDIARY);

    private final Party party;

    DealStage(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }

    /** The stages shown as steps of the pipeline (rework is a loop inside QA). */
    public static List<DealStage> steps() {
        return Arrays.stream(values()).filter(s -> s != REWORK).toList();
    }

    /** The step this stage is shown as: rework counts as QA. */
    public DealStage step() {
        return this == REWORK ? QA : this;
    }
}
