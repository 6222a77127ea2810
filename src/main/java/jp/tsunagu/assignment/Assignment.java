package jp.tsunagu.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Work confirmed for one facility on one deal: its share of the quantity and worker-hours a month. */
@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "end_on", nullable = false)
    private LocalDate endOn;

    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected Assignment() {}

    Assignment(
            long dealId,
            long facilityId,
            int quantity,
            int hoursPerMonth,
            LocalDate startOn,
            LocalDate endOn,
            String confirmedBy,
            Instant confirmedAt) {
        this.dealId = dealId;
        this.facilityId = facilityId;
        this.quantity = quantity;
        this.hoursPerMonth = hoursPerMonth;
        this.startOn = startOn;
        this.endOn = endOn;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    long getDealId() {
        return dealId;
    }

    long getFacilityId() {
        return facilityId;
    }

    int getQuantity() {
        return quantity;
    }

    int getHoursPerMonth() {
        return hoursPerMonth;
    }

    LocalDate getStartOn() {
        return startOn;
    }

    LocalDate getEndOn() {
        return endOn;
    }

    String getConfirmedBy() {
        return confirmedBy;
    }
}
