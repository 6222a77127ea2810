package jp.tsunagu.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.requirements.PricingBasis;

/**
 * A delivery plan as entered: price, quality standard, and either one-off batches (facility, due date,
 * quantity) or a monthly cycle (first month, due day, contract end, monthly quantity per facility); and the
 * checks the inspector ticks before a batch goes to the customer.
 */
public record PlanForm(
        BigDecimal unitPrice,
        PricingBasis pricingBasis,
        BigDecimal acceptedErrorRate,
        boolean recurring,
        LocalDate firstMonth,
        LocalDate contractEnd,
        Integer dueDay,
        List<Line> lines,
        List<Batch> batches,
        List<String> checks) {

    /** A recurring plan's monthly quantity for one facility. */
    public record Line(long facilityId, Integer monthlyQuantity) {}

    /** A one-off batch. */
    public record Batch(long facilityId, LocalDate dueOn, Integer quantity) {}
}
