package jp.tsunagu.security;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The logged-in person's own account: seen, their password, contact details, language and inbox setting. */
@Service
public class MyAccount {

    private final AuditLog audit;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final FacilityNames facilities;
    private final PasswordRules rules;
    private final AppUserRepository users;

    MyAccount(
            AuditLog audit,
            Clock clock,
            CurrentUser currentUser,
            PasswordEncoder encoder,
            FacilityNames facilities,
            PasswordRules rules,
            AppUserRepository users) {
        this.audit = audit;
        this.clock = clock;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.facilities = facilities;
        this.rules = rules;
        this.users = users;
    }

    /** Whether completing a task opens the next one of the same inbox view (the person's setting; on by default). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean opensNextTask() {
        return users.findByUsername(currentUser.username())
                .map(AppUser::opensNextTask)
                .orElse(true);
    }

    @PermitAll
    @Transactional
    public void setOpensNextTask(boolean open) {
        users.findByUsername(currentUser.username()).ifPresent(u -> u.openNextTask(open));
    }

    /** The logged-in person's own account. */
    @PermitAll
    @Transactional(readOnly = true)
    public UserAccounts.Account mine() {
        AppUser user = me();
        return UserAccounts.Account.of(
                user,
                user.getFacilityId() == null
                        ? null
                        : facilities.name(user.getFacilityId()).orElse(null),
                clock.instant());
    }

    /**
     * The logged-in person chooses a new password: the current one must be right, the new one pass the rules, differ
     * from the current one and be typed the same twice. Replaces a temporary password.
     */
    @PermitAll
    @Transactional
    public void changeMyPassword(String current, String next, String repeated) {
        AppUser user = me();
        if (current == null || !encoder.matches(current, user.getPasswordHash())) {
            throw UserFacingException.onField("current", "password.currentWrong");
        }
        rules.problem(next, user.getUsername()).ifPresent(key -> {
            throw UserFacingException.onField("next", key, PasswordRules.MIN, PasswordRules.MAX);
        });
        if (next.equals(current)) {
            throw UserFacingException.onField("next", "password.sameAsCurrent");
        }
        if (!next.equals(repeated)) {
            throw UserFacingException.onField("repeated", "password.mismatch");
        }
        user.password(encoder.encode(next), false);
        audit.record(AuditKind.USER, user.getId(), null, "passwordChanged", user.getUsername());
    }

    /** The logged-in person's own e-mail, phone and language. */
    @PermitAll
    @Transactional
    public void updateMyContact(String email, String phone, String language) {
        AppUser user = me();
        String mail = blankToNull(email);
        String tel = blankToNull(phone);
        if (mail != null && (mail.length() > AppUser.EMAIL_MAX || !mail.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))) {
            throw UserFacingException.onField("email", "user.email.pattern");
        }
        if (tel != null && !tel.matches(UserForm.PHONE)) {
            throw UserFacingException.onField("phone", "user.phone.pattern");
        }
        String lang = "en".equals(language) ? "en" : "ja";
        user.contact(mail, tel, lang);
        audit.record(AuditKind.USER, user.getId(), null, "profile", user.getUsername());
    }

    private AppUser me() {
        return users.findByUsername(currentUser.username())
                .orElseThrow(() -> UserFacingException.notFound("user.notFound"));
    }
}
