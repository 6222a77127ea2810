package jp.tsunagu.deal;

import java.time.Instant;
import java.time.LocalDate;

/** Everything the deal page shows of the deal itself. */
public record DealDetails(
        long id,
        long version,
        String title,
        long customerId,
        String customerName,
        WorkCategory category,
        OrderType orderType,
        long monthlyAmount,
        DealStage stage,
        DealStatus status,
        String director,
        String intermediary,
        LocalDate nextContactOn,
        String lostReason,
        String lostNote,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        DealPriority priority) {

    static DealDetails of(Deal d) {
        return new DealDetails(
                d.getId(),
                d.getVersion(),
                d.getTitle(),
                d.getCustomer().getId(),
                d.getCustomer().getName(),
                d.getWorkCategory(),
                d.getOrderType(),
                d.getMonthlyAmount(),
                d.getStage(),
                d.getStatus(),
                d.getDirector(),
                d.getIntermediary(),
                d.getNextContactOn(),
                d.getLostReason(),
                d.getLostNote(),
                d.getCreatedAt(),
                d.getUpdatedAt(),
                d.getClosedAt(),
                d.getPriority());
    }
}
