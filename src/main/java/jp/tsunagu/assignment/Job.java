package jp.tsunagu.assignment;

import java.time.LocalDate;

/** Work confirmed for a facility, as its staff see it in the portal. */
public record Job(
        long dealId,
        String dealTitle,
        int quantity,
        int hoursPerMonth,
        LocalDate startOn,
        LocalDate endOn,
        jp.tsunagu.deal.DealStatus status,
        jp.tsunagu.deal.DealStage stage) {

    public boolean current() {
        return status == jp.tsunagu.deal.DealStatus.OPEN;
    }
}
