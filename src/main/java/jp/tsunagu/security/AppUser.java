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

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, String role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
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

    public boolean isEnabled() {
        return enabled;
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
