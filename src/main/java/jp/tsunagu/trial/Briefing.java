package jp.tsunagu.trial;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A briefing session (説明会) on a deal with some of its assigned facilities. */
@Entity
@Table(name = "briefing")
class Briefing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BriefingKind kind;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Column(nullable = false)
    private boolean online;

    @Column(nullable = false)
    private String place;

    private String attendees;
    private String materials;
    private String notes;

    @ElementCollection
    @CollectionTable(name = "briefing_facility", joinColumns = @JoinColumn(name = "briefing_id"))
    @Column(name = "facility_id")
    private Set<Long> facilityIds = new HashSet<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Briefing() {}

    Briefing(long dealId, BriefingForm form, Instant heldAt, String createdBy, Instant createdAt) {
        this.dealId = dealId;
        this.kind = form.kind();
        this.heldAt = heldAt;
        this.online = form.online();
        this.place = form.place().strip();
        this.attendees = blankToNull(form.attendees());
        this.materials = blankToNull(form.materials());
        this.notes = blankToNull(form.notes());
        this.facilityIds = new HashSet<>(form.facilityIds());
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getDealId() {
        return dealId;
    }

    BriefingKind getKind() {
        return kind;
    }

    Instant getHeldAt() {
        return heldAt;
    }

    boolean isOnline() {
        return online;
    }

    String getPlace() {
        return place;
    }

    String getAttendees() {
        return attendees;
    }

    String getMaterials() {
        return materials;
    }

    String getNotes() {
        return notes;
    }

    Set<Long> getFacilityIds() {
        return facilityIds;
    }

    String getCreatedBy() {
        return createdBy;
    }
}
