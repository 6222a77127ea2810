package jp.tsunagu.wages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A facility's average monthly wage per worker before it joined the programme, and the year it is from. */
@Entity
@Table(name = "facility_wage_before")
class WageBefore {

    @Id
    @Column(name = "facility_id")
    private Long facilityId;

    @Column(name = "monthly_wage", nullable = false)
    private int monthlyWage;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected WageBefore() {}

    WageBefore(long facilityId) {
        this.facilityId = facilityId;
    }

    void set(int monthlyWage, int fiscalYear, String by, Instant at) {
        this.monthlyWage = monthlyWage;
        this.fiscalYear = fiscalYear;
        this.enteredBy = by;
        this.enteredAt = at;
    }
}
