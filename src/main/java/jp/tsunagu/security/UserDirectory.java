package jp.tsunagu.security;

import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The users: login look-up, display names for the screens, and creation (demo data, admins). */
@Service
public class UserDirectory implements UserDetailsService {

    /** The audit log's actor for a failed login with a user name that does not exist. */
    public static final String UNKNOWN_USER = "(unknown)";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;

    UserDirectory(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        // Facility staff also hold their facility's group, which is how the engine offers them tasks.
        String[] roles = AppRoles.FACILITY.equals(user.getRole()) && user.getFacilityId() != null
                ? new String[]{user.getRole(), AppRoles.facilityGroup(user.getFacilityId())}
                : new String[]{user.getRole()};
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .roles(roles)
                .disabled(!user.isEnabled())
                .accountLocked(user.isLockedAt(clock.instant()))
                .build();
    }

    /**
     * A wrong password for a user name: the {@code limit}-th in a row locks the account for {@code lock}. Unknown
     * names are recorded without the name typed (it may be a password typed in the wrong field).
     */
    @Transactional
    public void loginFailed(String username, int limit, Duration lock) {
        Optional<AppUser> user = users.findByUsername(username);
        if (user.isEmpty()) {
            audit.recordAs(UNKNOWN_USER, AuditKind.LOGIN, null, null, "failed", "");
            return;
        }
        Instant now = clock.instant();
        boolean locked = user.get().failedLogin(limit, now.plus(lock));
        audit.recordAs(username, AuditKind.LOGIN, user.get().getId(), null, locked ? "locked" : "failed",
                locked ? AuditLog.ja("audit.detail.lockedUntil", java.time.format.DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").format(now.plus(lock).atZone(clock.getZone()))) : "");
    }

    /** A login of a locked account was refused (its password was not even checked). */
    @Transactional
    public void loginRefusedLocked(String username) {
        users.findByUsername(username).ifPresent(u ->
                audit.recordAs(username, AuditKind.LOGIN, u.getId(), null, "refusedLocked", ""));
    }

    /** A successful login: the count of wrong passwords starts again; a person's login goes in the audit log. */
    @Transactional
    public void loginSucceeded(String username, boolean interactive) {
        users.findByUsername(username).ifPresent(u -> {
            if (u.getFailedLogins() > 0 || u.getLockedUntil() != null) {
                u.loggedIn();
            }
            if (interactive) {
                audit.recordAs(username, AuditKind.LOGIN, u.getId(), null, "login", "");
            }
        });
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
        return users.findByUsername(username).filter(AppUser::isEnabled).map(u -> role.equals(u.getRole()))
                .orElse(false);
    }

    /** Enabled users of a role as (user name, display name), by display name: the choices for an owner. */
    @Transactional(readOnly = true)
    public List<Map.Entry<String, String>> withRole(String role) {
        return users.findByRoleAndEnabledTrueOrderByDisplayName(role).stream()
                .map(u -> Map.entry(u.getUsername(), u.getDisplayName())).toList();
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

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return users.count() == 0;
    }

    @Transactional
    public AppUser create(String username, String rawPassword, String displayName, String role) {
        if (!AppRoles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        return users.save(new AppUser(username, passwordEncoder.encode(rawPassword), displayName, role));
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<UserRow> page(int offset, int limit) {
        Function<AppUser, UserRow> row = u -> new UserRow(u.getUsername(), u.getDisplayName(), u.getRole(),
                u.isEnabled());
        return users.findAllByOrderByRoleAscUsernameAsc(Pageable.ofSize(limit).withPage(offset / limit))
                .map(row).getContent();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public int count() {
        return (int) users.count();
    }

    /** A user as the admin's list shows it. */
    public record UserRow(String username, String displayName, String role, boolean enabled) {
    }
}
