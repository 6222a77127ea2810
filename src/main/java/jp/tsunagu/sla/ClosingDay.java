package jp.tsunagu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.tsunagu.deal.Party;

/** Days an organisation is closed besides national holidays (e.g. Obon, the year end). */
@Entity
@Table(name = "closing_day")
class ClosingDay {

    static final int NOTE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Party party;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected ClosingDay() {}

    ClosingDay(Party party, LocalDate firstDay, LocalDate lastDay, String note, String createdBy) {
        this.party = party;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.note = note;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    Party getParty() {
        return party;
    }

    LocalDate getFirstDay() {
        return firstDay;
    }

    LocalDate getLastDay() {
        return lastDay;
    }

    String getNote() {
        return note;
    }
}
