package jp.tsunagu.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.requirements.PricingBasis;

/**
 * A deal's delivery plan as the deal page shows it, with the assigned facilities (their confirmed quantity)
 * that batches can go to. {@code exists} is false before anyone planned; the other fields then hold the
 * starting values taken from the requirements sheet.
 */
public record PlanDetails(
        long dealId,
        boolean exists,
        long version,
        BigDecimal unitPrice,
        PricingBasis pricingBasis,
        BigDecimal acceptedErrorRate,
        boolean recurring,
        LocalDate firstMonth,
        LocalDate contractEnd,
        Integer dueDay,
        int cyclesOpened,
        List<Facility> facilities,
        List<String> checks,
        String updatedBy,
        Instant updatedAt) {

    /** An assigned facility, its confirmed quantity, and its monthly quantity in a recurring plan. */
    public record Facility(long facilityId, String name, int assignedQuantity, Integer monthlyQuantity) {}

    public boolean started() {
        return cyclesOpened > 0;
    }
}
