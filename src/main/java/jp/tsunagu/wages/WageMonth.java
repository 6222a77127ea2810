package jp.tsunagu.wages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** How many of a facility's workers took part in the programme's work in a month, and their hours. */
@Entity
@Table(name = "wage_month")
@IdClass(WageMonth.Key.class)
class WageMonth {

    record Key(Long facilityId, LocalDate month) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "facility_id")
    private Long facilityId;

    @Id
    private LocalDate month;

    @Version
    private long version;

    @Column(nullable = false)
    private int workers;

    @Column(nullable = false)
    private BigDecimal hours;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected WageMonth() {}

    WageMonth(long facilityId, LocalDate month) {
        this.facilityId = facilityId;
        this.month = month;
    }

    void set(int workers, BigDecimal hours, String by, Instant at) {
        this.workers = workers;
        this.hours = hours;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    int getWorkers() {
        return workers;
    }

    BigDecimal getHours() {
        return hours;
    }

    public long getVersion() {
        return version;
    }
}
