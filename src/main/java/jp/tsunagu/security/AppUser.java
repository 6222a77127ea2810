package jp.tsunagu.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who logs in. One role each; the role is also the person's Camunda candidate group. */
@Entity
@Table(name = "app_user")
public class AppUser {

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int KANA_MAX = 100;
    public static final int ORGANISATION_MAX = 100;
    public static final int PHONE_MAX = 20;
    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(nullable = false, length = 32)
    private String role;

    @Column(nullable = false)
    private boolean enabled = true;

    private String email;

    @Column(name = "facility_id")
    private Long facilityId;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    private String kana;

    private String phone;

    private String organisation;

    @Column(nullable = false, length = 2)
    private String language = "ja";

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** After completing a task, open the next one of the same inbox view rather than the list. */
    @Column(name = "open_next_task", nullable = false)
    private boolean openNextTask = true;

    protected AppUser() {}

    AppUser(String username, String passwordHash, String displayName, String role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    /** The facility whose staff this person is; only for the FACILITY role. */
    public Long getFacilityId() {
        return facilityId;
    }

    void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public boolean opensNextTask() {
        return openNextTask;
    }

    void openNextTask(boolean open) {
        this.openNextTask = open;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getKana() {
        return kana;
    }

    public String getPhone() {
        return phone;
    }

    public String getOrganisation() {
        return organisation;
    }

    /** "ja" or "en": the language the screens open in after login. */
    public String getLanguage() {
        return language;
    }

    /** The person logs in with a password someone else chose (a new account, a reset) and must choose their own. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** What an admin (or, for facility staff, the intermediary) keeps about the person. */
    void describe(
            String displayName,
            String kana,
            String email,
            String phone,
            String role,
            Long facilityId,
            String organisation) {
        this.displayName = displayName;
        this.kana = kana;
        this.email = email;
        this.phone = phone;
        this.role = role;
        this.facilityId = facilityId;
        this.organisation = organisation;
    }

    /** What the person keeps about themselves. */
    void contact(String email, String phone, String language) {
        this.email = email;
        this.phone = phone;
        this.language = language;
    }

    /** A new password hash; {@code temporary} when someone else chose it, so the person must replace it. */
    void password(String hash, boolean temporary) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
    }

    /** The password was chosen by someone else (a first admin, a new account): the person must replace it. */
    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    /** Counts a wrong password; the {@code limit}-th in a row locks the account until {@code until}. */
    boolean failedLogin(int limit, Instant until) {
        failedLogins++;
        if (failedLogins >= limit) {
            failedLogins = 0;
            lockedUntil = until;
            return true;
        }
        return false;
    }

    void loggedIn() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
