package jp.tsunagu.deal;

import java.time.LocalDate;

/**
 * What a completed stage leaves on the deal besides moving it on: a lost reason, or the date of the
 * next contact for a deal that stays in nurturing.
 */
public record StageResult(String lostReason, String lostNote, LocalDate nextContactOn) {

    public static StageResult none() {
        return new StageResult(null, null, null);
    }

    public static StageResult lost(String reason, String note) {
        return new StageResult(reason, note, null);
    }

    public static StageResult nurture(LocalDate nextContactOn) {
        return new StageResult(null, null, nextContactOn);
    }
}
