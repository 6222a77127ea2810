package jp.tsunagu.requirements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The prefecture's minimum wage from a date on (revised every autumn). */
@Entity
@Table(name = "minimum_wage")
class MinimumWage {

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "yen_per_hour", nullable = false)
    private int yenPerHour;

    @Column(nullable = false)
    private String prefecture;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected MinimumWage() {
    }

    MinimumWage(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    void set(int yenPerHour, String prefecture, String by, Instant now) {
        this.yenPerHour = yenPerHour;
        this.prefecture = prefecture;
        this.setBy = by;
        this.setAt = now;
    }

    MinimumWageEntry toEntry() {
        return new MinimumWageEntry(effectiveFrom, yenPerHour, prefecture, setBy, setAt);
    }
}
