package jp.tsunagu.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/** What one facility delivers by one date, and what became of it: delivered, inspected, reworked, accepted. */
@Entity
@Table(name = "delivery_batch")
class DeliveryBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(nullable = false)
    private int cycle;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "planned_quantity", nullable = false)
    private int plannedQuantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BatchState state;

    @Column(name = "due_reminded_at")
    private Instant dueRemindedAt;

    @Column(name = "delivered_quantity")
    private Integer deliveredQuantity;

    @Column(name = "reported_quantity")
    private Integer reportedQuantity;

    @Column(name = "reported_workers")
    private Integer reportedWorkers;

    @Column(name = "reported_hours")
    private BigDecimal reportedHours;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "delivered_by")
    private String deliveredBy;

    @Column(name = "delivery_note")
    private String deliveryNote;

    @Column(name = "rework_count", nullable = false)
    private int reworkCount;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_month")
    private LocalDate acceptedMonth;

    @Column(name = "accepted_amount")
    private Long acceptedAmount;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DeliveryBatch() {}

    DeliveryBatch(
            long dealId,
            long facilityId,
            int cycle,
            LocalDate dueOn,
            int plannedQuantity,
            BigDecimal unitPrice,
            BatchState state,
            String createdBy,
            Instant createdAt) {
        this.dealId = dealId;
        this.facilityId = facilityId;
        this.cycle = cycle;
        this.dueOn = dueOn;
        this.plannedQuantity = plannedQuantity;
        this.unitPrice = unitPrice;
        this.state = state;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void open() {
        this.state = BatchState.OPEN;
    }

    /** The facility says it delivered: the intermediary confirms it by recording the delivery. */
    void reported(int quantity, int workers, BigDecimal hours, String by, Instant at) {
        this.reportedQuantity = quantity;
        this.reportedWorkers = workers;
        this.reportedHours = hours;
        this.reportedBy = by;
        this.reportedAt = at;
    }

    BatchRow.Report report() {
        return reportedAt == null
                ? null
                : new BatchRow.Report(reportedQuantity, reportedWorkers, reportedHours, reportedBy, reportedAt);
    }

    void delivered(int quantity, String note, String by, Instant at) {
        this.deliveredQuantity = quantity;
        this.deliveryNote = note;
        this.deliveredBy = by;
        this.deliveredAt = at;
        this.state = BatchState.DELIVERED;
    }

    /** Back from rework: the first arrival stays the delivery date (a late delivery stays late). */
    void redelivered(String note) {
        if (note != null) {
            this.deliveryNote = note;
        }
        this.state = BatchState.DELIVERED;
    }

    void failed() {
        this.reworkCount++;
        this.state = BatchState.REWORK;
    }

    /** Accepted: the amount paid is the delivered quantity at the unit price, to the yen (half up). */
    void accepted(Instant at, LocalDate month) {
        this.state = BatchState.ACCEPTED;
        this.acceptedAt = at;
        this.acceptedMonth = month.withDayOfMonth(1);
        this.acceptedAmount = unitPrice
                .multiply(BigDecimal.valueOf(deliveredQuantity))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    void taskArrived(String taskId) {
        this.taskId = taskId;
    }

    Long getId() {
        return id;
    }

    long getDealId() {
        return dealId;
    }

    long getFacilityId() {
        return facilityId;
    }

    int getCycle() {
        return cycle;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    int getPlannedQuantity() {
        return plannedQuantity;
    }

    BigDecimal getUnitPrice() {
        return unitPrice;
    }

    BatchState getState() {
        return state;
    }

    Integer getDeliveredQuantity() {
        return deliveredQuantity;
    }

    Instant getDeliveredAt() {
        return deliveredAt;
    }

    String getDeliveryNote() {
        return deliveryNote;
    }

    int getReworkCount() {
        return reworkCount;
    }

    Instant getAcceptedAt() {
        return acceptedAt;
    }

    Long getAcceptedAmount() {
        return acceptedAmount;
    }

    String getTaskId() {
        return taskId;
    }
}
