package jp.tsunagu.assignment;

import java.time.LocalDate;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;

/** Work confirmed for a facility, as its staff see it in the portal. */
public record Job(
        long dealId,
        String dealTitle,
        int quantity,
        int hoursPerMonth,
        LocalDate startOn,
        LocalDate endOn,
        DealStatus status,
        DealStage stage) {

    public boolean current() {
        return status == DealStatus.OPEN;
    }
}
