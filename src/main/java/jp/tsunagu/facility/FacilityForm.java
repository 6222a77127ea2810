package jp.tsunagu.facility;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A facility's master data as typed in a form or read from an import row; validated the same way. */
public class FacilityForm {

    @NotBlank(message = "{facility.name.required}")
    @Size(max = 200, message = "{facility.name.size}")
    private String name;

    @Size(max = 200, message = "{facility.corporation.size}")
    private String corporation;

    @NotNull(message = "{facility.type.required}")
    private FacilityType type;

    @Pattern(regexp = "^$|^\\d{3}-?\\d{4}$", message = "{facility.postalCode.pattern}")
    private String postalCode;

    @Size(max = 200, message = "{facility.address.size}")
    private String address;

    @Size(max = 100, message = "{facility.municipality.size}")
    private String municipality;

    @Size(max = 100, message = "{facility.contact.size}")
    private String contactPerson;

    /** Japanese numbers: 10 digits (landlines, 0120) or 11 (mobiles, 050), with or without hyphens. */
    @Pattern(
            regexp = "^$|^(?=(?:\\D*\\d){10,11}\\D*$)0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$",
            message = "{facility.phone.pattern}")
    private String phone;

    @Email(message = "{facility.email.pattern}")
    @Size(max = 254, message = "{facility.email.pattern}")
    private String email;

    private Participation participation = Participation.ACTIVE;

    private String staffInCharge;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCorporation() {
        return corporation;
    }

    public void setCorporation(String corporation) {
        this.corporation = corporation;
    }

    public FacilityType getType() {
        return type;
    }

    public void setType(FacilityType type) {
        this.type = type;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Participation getParticipation() {
        return participation;
    }

    public void setParticipation(Participation participation) {
        this.participation = participation;
    }

    public String getStaffInCharge() {
        return staffInCharge;
    }

    public void setStaffInCharge(String staffInCharge) {
        this.staffInCharge = staffInCharge;
    }
}
