package jp.tsunagu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import jp.tsunagu.deal.Party;

/** The business hours of one organisation. */
@Entity
@Table(name = "org_calendar")
class OrgCalendar {

    @Id
    @Enumerated(EnumType.STRING)
    private Party party;

    @Column(name = "day_start", nullable = false)
    private LocalTime dayStart;

    @Column(name = "day_end", nullable = false)
    private LocalTime dayEnd;

    @Version
    private long version;

    protected OrgCalendar() {}

    Party getParty() {
        return party;
    }

    long getVersion() {
        return version;
    }

    LocalTime getDayStart() {
        return dayStart;
    }

    LocalTime getDayEnd() {
        return dayEnd;
    }

    void setHours(LocalTime start, LocalTime end) {
        this.dayStart = start;
        this.dayEnd = end;
    }
}
