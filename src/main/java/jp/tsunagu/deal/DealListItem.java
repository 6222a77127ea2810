package jp.tsunagu.deal;

import java.time.Instant;

/** A deal as a row of the deal list: light, no entity behind it. */
public record DealListItem(
        Long id,
        String title,
        String customerName,
        WorkCategory category,
        OrderType orderType,
        long monthlyAmount,
        DealStage stage,
        DealStatus status,
        String director,
        Instant updatedAt) {}
