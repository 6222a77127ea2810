package jp.tsunagu.requirements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The prefecture's minimum wage from a date on (revised every autumn). */
@Entity
@Table(name = "minimum_wage")
@IdClass(MinimumWage.Key.class)
class MinimumWage {

    /** A prefecture's wage from a date. */
    static class Key implements Serializable {
        private String prefecture;
        private LocalDate effectiveFrom;

        Key() {}

        Key(String prefecture, LocalDate effectiveFrom) {
            this.prefecture = prefecture;
            this.effectiveFrom = effectiveFrom;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(prefecture, k.prefecture)
                    && Objects.equals(effectiveFrom, k.effectiveFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(prefecture, effectiveFrom);
        }
    }

    @Id
    private String prefecture;

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "yen_per_hour", nullable = false)
    private int yenPerHour;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected MinimumWage() {}

    MinimumWage(String prefecture, LocalDate effectiveFrom) {
        this.prefecture = prefecture;
        this.effectiveFrom = effectiveFrom;
    }

    void set(int yenPerHour, String by, Instant now) {
        this.yenPerHour = yenPerHour;
        this.setBy = by;
        this.setAt = now;
    }

    MinimumWageEntry toEntry() {
        return new MinimumWageEntry(effectiveFrom, yenPerHour, prefecture, setBy, setAt, false);
    }
}
