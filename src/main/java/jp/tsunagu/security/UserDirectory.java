package jp.tsunagu.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users as the rest of the app needs them: login look-up and the count of wrong passwords, display names for the
 * screens, and plain creation for the demo data and tests (accounts an office keeps go through {@link UserAccounts}).
 */
@Service
public class UserDirectory implements UserDetailsService {

    /** The audit log's actor for a failed login with a user name that does not exist. */
    public static final String UNKNOWN_USER = "(unknown)";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    UserDirectory(
            AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + user.getRole()));
        // Facility staff also hold their facility's group, which is how the engine offers them tasks.
        if (AppRoles.FACILITY.equals(user.getRole()) && user.getFacilityId() != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + AppRoles.facilityGroup(user.getFacilityId())));
        }
        if (user.isMustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(AppRoles.PASSWORD_CHANGE_REQUIRED));
        }
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(authorities)
                .disabled(!user.isEnabled())
                .accountLocked(user.isLockedAt(clock.instant()))
                .build();
    }

    /**
     * A wrong password for a user name: the {@code limit}-th in a row locks the account for {@code lock}. One
     * statement counts and locks, so guesses sent in parallel each count; a locked account's count stands still.
     * Unknown names are recorded without the name typed (it may be a password typed in the wrong field).
     */
    @Transactional
    public void loginFailed(String username, int limit, Duration lock) {
        Instant now = clock.instant();
        Instant until = now.plus(lock);
        List<Boolean> counted = jdbc.query(
                """
                update app_user set
                    failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
                    locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                where username = ? and (locked_until is null or locked_until <= ?)
                returning locked_until is not null and locked_until > ?""",
                (rs, i) -> rs.getBoolean(1),
                limit,
                limit,
                utc(until),
                username,
                utc(now),
                utc(now));
        Optional<AppUser> user = users.findByUsername(username);
        if (user.isEmpty()) {
            audit.recordAs(UNKNOWN_USER, AuditKind.LOGIN, null, null, "failed", "");
            return;
        }
        boolean locked = !counted.isEmpty() && counted.get(0);
        audit.recordAs(
                username,
                AuditKind.LOGIN,
                user.get().getId(),
                null,
                locked ? "locked" : "failed",
                locked ? AuditLog.ja("audit.detail.lockedUntil", MINUTE.format(until.atZone(clock.getZone()))) : "");
    }

    /** A login of a locked account was refused (its password was right, but the lock stands). */
    @Transactional
    public void loginRefusedLocked(String username) {
        users.findByUsername(username)
                .ifPresent(u -> audit.recordAs(username, AuditKind.LOGIN, u.getId(), null, "refusedLocked", ""));
    }

    /**
     * A successful login: the count of wrong passwords starts again, but a lock still in force stays (a success
     * whose check began before parallel guesses locked the account must not open it); a person's login goes in the
     * audit log. An API call with nothing to clear writes nothing.
     */
    @Transactional
    public void loginSucceeded(String username, boolean interactive) {
        Instant now = clock.instant();
        jdbc.update(
                """
                update app_user set failed_logins = 0, locked_until = null
                where username = ? and (failed_logins > 0 or locked_until is not null)
                  and (locked_until is null or locked_until <= ?)""",
                username,
                utc(now));
        if (interactive) {
            users.findByUsername(username)
                    .ifPresent(u -> audit.recordAs(username, AuditKind.LOGIN, u.getId(), null, "login", ""));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Display names by user name, for a page of rows; unknown names map to themselves. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    @Transactional(readOnly = true)
    public String displayName(String username) {
        return username == null ? "" : displayNames(List.of(username)).getOrDefault(username, username);
    }

    /** Whether the user exists, is enabled and has the role. */
    @Transactional(readOnly = true)
    public boolean hasRole(String username, String role) {
        return users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .map(u -> role.equals(u.getRole()))
                .orElse(false);
    }

    /** Enabled users of a role as (user name, display name), by display name: the choices for an owner. */
    @Transactional(readOnly = true)
    public List<Map.Entry<String, String>> withRole(String role) {
        return users.findByRoleAndEnabledTrueOrderByDisplayName(role).stream()
                .map(u -> Map.entry(u.getUsername(), u.getDisplayName()))
                .toList();
    }

    /** The enabled staff accounts of a facility: whom its notices go to. */
    @Transactional(readOnly = true)
    public List<String> staffOf(long facilityId) {
        return users.findByFacilityIdAndEnabledTrueOrderByUsername(facilityId).stream()
                .map(AppUser::getUsername)
                .toList();
    }

    /** A person as notices need them; empty for an unknown name. */
    @Transactional(readOnly = true)
    public Optional<Person> person(String username) {
        return users.findByUsername(username)
                .map(u -> new Person(
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getEmail(),
                        u.getRole(),
                        u.getFacilityId(),
                        u.getLanguage(),
                        u.isEnabled()));
    }

    /** The facility a person is staff of, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> facilityOf(String username) {
        return users.findByUsername(username).map(AppUser::getFacilityId);
    }

    /** The language the person's screens open in: "ja" or "en". */
    @Transactional(readOnly = true)
    public String languageOf(String username) {
        return users.findByUsername(username).map(AppUser::getLanguage).orElse("ja");
    }

    /** The person's mail address, if they gave one. */
    @Transactional(readOnly = true)
    public String emailOf(String username) {
        return users.findByUsername(username).map(AppUser::getEmail).orElse(null);
    }

    /** Makes a user staff of a facility (demo data, admins). */
    @Transactional
    public void linkFacility(String username, long facilityId) {
        users.findByUsername(username).ifPresent(u -> u.setFacilityId(facilityId));
    }

    @Transactional
    public void setEmail(String username, String email) {
        users.findByUsername(username).ifPresent(u -> u.setEmail(email));
    }

    /** Whether the account exists and may log in (not disabled). */
    @Transactional(readOnly = true)
    public boolean isEnabled(String username) {
        return users.findByUsername(username).map(AppUser::isEnabled).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return users.count() == 0;
    }

    @Transactional
    public AppUser create(String username, String rawPassword, String displayName, String role) {
        if (!AppRoles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        return users.save(
                new AppUser(username, passwordEncoder.encode(rawPassword), displayName, role, clock.instant()));
    }
}
