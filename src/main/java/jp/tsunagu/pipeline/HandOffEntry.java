package jp.tsunagu.pipeline;

import java.time.Duration;
import java.time.Instant;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;

/** One line of a deal's hand-off timeline, with names resolved for display. */
public record HandOffEntry(
        DealStage fromStage,
        Party fromParty,
        DealStage toStage,
        Party toParty,
        boolean crossParty,
        Instant createdAt,
        String createdBy,
        Instant claimedAt,
        String claimedBy,
        Instant completedAt,
        String completedBy,
        Outcome outcome) {

    /** Time from arrival to completion, or to now while the task is open. */
    public Duration leadTime(Instant now) {
        return Duration.between(createdAt, completedAt == null ? now : completedAt);
    }
}
