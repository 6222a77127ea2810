package jp.tsunagu.facility;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    @Version
    private long version;

    @Column(name = "postal_code")
    private String postalCode;

    private String address;

    @Column(name = "contact_person")
    private String contactPerson;

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Participation participation = Participation.ACTIVE;

    @Column(name = "staff_in_charge")
    private String staffInCharge;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Facility() {}

    /** Sets the master data a form or an import row carries. */
    void describe(FacilityForm form, Instant now) {
        this.name = form.getName().strip();
        this.corporation = blankToNull(form.getCorporation());
        this.type = form.getType();
        this.postalCode = blankToNull(form.getPostalCode());
        this.address = blankToNull(form.getAddress());
        this.municipality = blankToNull(form.getMunicipality());
        this.contactPerson = blankToNull(form.getContactPerson());
        this.phone = blankToNull(form.getPhone());
        this.email = blankToNull(form.getEmail());
        this.staffInCharge = blankToNull(form.getStaffInCharge());
        if (form.getParticipation() != null) {
            this.participation = form.getParticipation();
        }
        this.updatedAt = now;
    }

    public String getCorporation() {
        return corporation;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Participation getParticipation() {
        return participation;
    }

    public String getStaffInCharge() {
        return staffInCharge;
    }

    public long getVersion() {
        return version;
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
