package jp.tsunagu.security;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The accounts an office keeps: admins create, edit, disable and re-enable people (never delete them: history keeps
 * their names), unlock them and reset their passwords; intermediary staff do the same for facility staff. A new
 * account and a reset get a temporary password, shown once, that must be replaced at the next login. Every change
 * is in the audit log, never a password.
 */
@Service
@Validated
public class UserAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordRules rules;
    private final TemporaryPasswords temporary;
    private final FacilityNames facilities;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    UserAccounts(
            AppUserRepository users,
            PasswordEncoder encoder,
            PasswordRules rules,
            TemporaryPasswords temporary,
            FacilityNames facilities,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.rules = rules;
        this.temporary = temporary;
        this.facilities = facilities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** An account as the screens and the API show it. */
    public record Account(
            String username,
            String displayName,
            String kana,
            String email,
            String phone,
            String role,
            Long facilityId,
            String facilityName,
            String organisation,
            String language,
            boolean enabled,
            boolean locked,
            Instant lockedUntil,
            boolean mustChangePassword,
            Instant createdAt) {

        static Account of(AppUser u, String facilityName, Instant now) {
            return new Account(
                    u.getUsername(),
                    u.getDisplayName(),
                    u.getKana(),
                    u.getEmail(),
                    u.getPhone(),
                    u.getRole(),
                    u.getFacilityId(),
                    facilityName,
                    u.getOrganisation(),
                    u.getLanguage(),
                    u.isEnabled(),
                    u.isLockedAt(now),
                    u.isLockedAt(now) ? u.getLockedUntil() : null,
                    u.isMustChangePassword(),
                    u.getCreatedAt());
        }
    }

    /** A password someone else chose, shown once to the person who made or reset the account. */
    public record TemporaryPassword(String username, String password) {}

    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional(readOnly = true)
    public List<Account> page(String text, int offset, int limit) {
        List<AppUser> page =
                users.search(like(text), !admin(), Pageable.ofSize(limit).withPage(offset / limit));
        Map<Long, String> names = facilities.names(page.stream()
                .map(AppUser::getFacilityId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Instant now = clock.instant();
        return page.stream()
                .map(u -> Account.of(u, names.get(u.getFacilityId()), now))
                .toList();
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional(readOnly = true)
    public int count(String text) {
        return (int) users.countSearch(like(text), !admin());
    }

    /** One account; an intermediary finds only facility staff. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional(readOnly = true)
    public Account find(String username) {
        AppUser user = manageable(username);
        return Account.of(
                user,
                user.getFacilityId() == null
                        ? null
                        : facilities.name(user.getFacilityId()).orElse(null),
                clock.instant());
    }

    /** The form to edit an account with. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional(readOnly = true)
    public UserForm form(String username) {
        return UserForm.of(manageable(username));
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional
    public TemporaryPassword create(@Valid UserForm form) {
        checkRoleAndFacility(form, null);
        if (users.findByUsername(form.getUsername().strip()).isPresent()) {
            throw UserFacingException.onField("username", "user.username.taken");
        }
        String password = temporary.next();
        AppUser user = new AppUser(
                form.getUsername().strip(),
                encoder.encode(password),
                form.getDisplayName().strip(),
                form.getRole(),
                clock.instant());
        describe(user, form);
        user.requirePasswordChange();
        users.save(user);
        audit.record(AuditKind.USER, user.getId(), null, "created", summary(user));
        return new TemporaryPassword(user.getUsername(), password);
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional
    public Account update(String username, @Valid UserForm form) {
        AppUser user = manageable(username);
        checkRoleAndFacility(form, user);
        if (AppRoles.ADMIN.equals(user.getRole()) && !AppRoles.ADMIN.equals(form.getRole())) {
            keepAnAdmin(user);
        }
        String before = summary(user);
        describe(user, form);
        String after = summary(user);
        audit.record(
                AuditKind.USER, user.getId(), null, "updated", before.equals(after) ? after : before + " → " + after);
        return find(username);
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional
    public void disable(String username) {
        AppUser user = manageable(username);
        if (user.getUsername().equals(currentUser.username())) {
            throw new UserFacingException("user.disable.self");
        }
        if (AppRoles.ADMIN.equals(user.getRole())) {
            keepAnAdmin(user);
        }
        if (user.isEnabled()) {
            user.enabled(false);
            audit.record(AuditKind.USER, user.getId(), null, "disabled", summary(user));
        }
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional
    public void enable(String username) {
        AppUser user = manageable(username);
        if (!user.isEnabled()) {
            user.enabled(true);
            audit.record(AuditKind.USER, user.getId(), null, "enabled", summary(user));
        }
    }

    /** Opens a locked account at once and starts its count of wrong passwords again. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional
    public void unlock(String username) {
        AppUser user = manageable(username);
        user.loggedIn();
        audit.record(AuditKind.USER, user.getId(), null, "unlocked", summary(user));
    }

    /**
     * A new temporary password that the person must replace at the next login; a lock is lifted with it (the person
     * who forgot the password is usually the one who locked the account).
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
    @Transactional
    public TemporaryPassword resetPassword(String username) {
        AppUser user = manageable(username);
        String password = temporary.next();
        user.password(encoder.encode(password), true);
        user.loggedIn();
        audit.record(AuditKind.USER, user.getId(), null, "passwordReset", summary(user));
        return new TemporaryPassword(user.getUsername(), password);
    }

    private void checkRoleAndFacility(UserForm form, AppUser existing) {
        if (!AppRoles.ALL.contains(form.getRole())) {
            throw UserFacingException.onField("role", "user.role.required");
        }
        boolean toFacility = AppRoles.FACILITY.equals(form.getRole());
        if (!admin() && !toFacility) {
            throw UserFacingException.onField("role", "user.role.notAllowed");
        }
        if (toFacility
                && (form.getFacilityId() == null
                        || facilities.name(form.getFacilityId()).isEmpty())) {
            throw UserFacingException.onField("facilityId", "user.facility.required");
        }
        if (existing != null
                && existing.getUsername().equals(currentUser.username())
                && !existing.getRole().equals(form.getRole())) {
            throw UserFacingException.onField("role", "user.role.self");
        }
    }

    private void keepAnAdmin(AppUser admin) {
        if (admin.isEnabled() && users.countEnabledAdmins() <= 1) {
            throw new UserFacingException("user.lastAdmin");
        }
    }

    private static void describe(AppUser user, UserForm form) {
        boolean facility = AppRoles.FACILITY.equals(form.getRole());
        user.describe(
                form.getDisplayName().strip(),
                blankToNull(form.getKana()),
                blankToNull(form.getEmail()),
                blankToNull(form.getPhone()),
                form.getRole(),
                facility ? form.getFacilityId() : null,
                facility ? null : blankToNull(form.getOrganisation()));
    }

    /** The account the current user may manage; anything else is "not found" (an intermediary learns no names). */
    private AppUser manageable(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> UserFacingException.notFound("user.notFound"));
        if (!admin() && !AppRoles.FACILITY.equals(user.getRole())) {
            throw UserFacingException.notFound("user.notFound");
        }
        return user;
    }

    private boolean admin() {
        return currentUser.hasRole(AppRoles.ADMIN);
    }

    private static String summary(AppUser u) {
        return u.getUsername() + " / " + u.getDisplayName() + " / " + AuditLog.ja("role." + u.getRole());
    }

    private static String like(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty()
                ? ""
                : "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
