package jp.tsunagu.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account as an admin enters it (and, for facility staff, the intermediary): the screen's form and the API's body. */
public class UserForm {

    /** A Japanese phone number as people write it (054-123-4567, 0541234567), or nothing. */
    public static final String PHONE = "^$|^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$";

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", message = "{user.username.pattern}")
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = AppUser.DISPLAY_NAME_MAX, message = "{user.displayName.size}")
    private String displayName;

    @Size(max = AppUser.KANA_MAX, message = "{user.kana.size}")
    @Pattern(regexp = "^[\\p{InKatakana}\\p{InHiragana}ー\\s　]*$", message = "{user.kana.pattern}")
    private String kana;

    @Size(max = AppUser.EMAIL_MAX, message = "{user.email.size}")
    @Email(message = "{user.email.pattern}")
    private String email;

    @Pattern(regexp = PHONE, message = "{user.phone.pattern}")
    private String phone;

    @NotBlank(message = "{user.role.required}")
    private String role;

    private Long facilityId;

    @Size(max = AppUser.ORGANISATION_MAX, message = "{user.organisation.size}")
    private String organisation;

    public UserForm() {}

    /** The form filled from an account, to edit it. */
    static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.kana = user.getKana();
        form.email = user.getEmail();
        form.phone = user.getPhone();
        form.role = user.getRole();
        form.facilityId = user.getFacilityId();
        form.organisation = user.getOrganisation();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getKana() {
        return kana;
    }

    public void setKana(String kana) {
        this.kana = kana;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
