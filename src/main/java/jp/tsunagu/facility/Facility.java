package jp.tsunagu.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A welfare workshop (事業所) that takes on work through the intermediary. */
@Entity
@Table(name = "facility")
public class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String corporation;

    @Enumerated(EnumType.STRING)
    @Column(name = "facility_type", nullable = false)
    private FacilityType type;

    private String municipality;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Facility() {
    }

    public Facility(String name, String corporation, FacilityType type, String municipality, Instant createdAt) {
        this.name = name;
        this.corporation = corporation;
        this.type = type;
        this.municipality = municipality;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public FacilityType getType() {
        return type;
    }

    public String getMunicipality() {
        return municipality;
    }
}
