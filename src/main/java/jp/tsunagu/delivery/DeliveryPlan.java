package jp.tsunagu.delivery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.tsunagu.requirements.PricingBasis;

/**
 * How a deal's work is delivered and paid: the unit price, the quality standard every batch is inspected
 * against, and for recurring work the monthly cycle (first month, due day, contract end, quantity per facility).
 */
@Entity
@Table(name = "delivery_plan")
class DeliveryPlan {

    @Id
    @Column(name = "deal_id")
    private Long dealId;

    @Version
    private long version;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_basis", nullable = false)
    private PricingBasis pricingBasis;

    @Column(name = "accepted_error_rate", nullable = false)
    private BigDecimal acceptedErrorRate;

    @Column(nullable = false)
    private boolean recurring;

    @Column(name = "first_month")
    private LocalDate firstMonth;

    @Column(name = "contract_end")
    private LocalDate contractEnd;

    @Column(name = "due_day")
    private Integer dueDay;

    @Column(name = "cycles_opened", nullable = false)
    private int cyclesOpened;

    @ElementCollection
    @CollectionTable(name = "delivery_plan_line", joinColumns = @JoinColumn(name = "deal_id"))
    @MapKeyColumn(name = "facility_id")
    @Column(name = "monthly_quantity")
    private Map<Long, Integer> monthlyQuantities = new HashMap<>();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DeliveryPlan() {}

    DeliveryPlan(long dealId) {
        this.dealId = dealId;
    }

    void update(PlanForm form, String by, Instant at) {
        this.unitPrice = form.unitPrice();
        this.pricingBasis = form.pricingBasis();
        this.acceptedErrorRate = form.acceptedErrorRate();
        this.recurring = form.recurring();
        if (cyclesOpened == 0) {
            this.firstMonth = form.recurring() ? form.firstMonth().withDayOfMonth(1) : null;
        }
        this.contractEnd = form.recurring() ? form.contractEnd() : null;
        this.dueDay = form.recurring() ? form.dueDay() : null;
        this.monthlyQuantities.clear();
        if (form.recurring()) {
            form.lines().forEach(l -> monthlyQuantities.put(l.facilityId(), l.monthlyQuantity()));
        }
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The month of the cycle with this number (1 = the first month). */
    LocalDate monthOf(int cycle) {
        return firstMonth.plusMonths(cycle - 1L);
    }

    /** The due date of a recurring cycle: its due day, or the month's last day in a shorter month. */
    LocalDate dueOf(int cycle) {
        LocalDate month = monthOf(cycle);
        return month.withDayOfMonth(Math.min(dueDay, month.lengthOfMonth()));
    }

    /** Whether the contract runs into the cycle after the ones opened so far. */
    boolean hasNextCycle() {
        return recurring && !monthOf(cyclesOpened + 1).isAfter(contractEnd);
    }

    int openNextCycle() {
        return ++cyclesOpened;
    }

    long getDealId() {
        return dealId;
    }

    long getVersion() {
        return version;
    }

    BigDecimal getUnitPrice() {
        return unitPrice;
    }

    PricingBasis getPricingBasis() {
        return pricingBasis;
    }

    BigDecimal getAcceptedErrorRate() {
        return acceptedErrorRate;
    }

    boolean isRecurring() {
        return recurring;
    }

    LocalDate getFirstMonth() {
        return firstMonth;
    }

    LocalDate getContractEnd() {
        return contractEnd;
    }

    Integer getDueDay() {
        return dueDay;
    }

    int getCyclesOpened() {
        return cyclesOpened;
    }

    Map<Long, Integer> getMonthlyQuantities() {
        return monthlyQuantities;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
