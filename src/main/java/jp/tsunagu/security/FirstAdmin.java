package jp.tsunagu.security;

import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.EmbeddedDatabaseConfig;
import jp.tsunagu.base.EmbeddedDatabaseConfig.EmbeddedDatabase;
import jp.tsunagu.base.TsunaguProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of an office's own database: with no user in it, the app makes one admin from
 * {@code TSUNAGU_ADMIN_USER} / {@code TSUNAGU_ADMIN_PASSWORD} (the password must pass the rules), who must choose a
 * new password at the first login. Without them it refuses to start, unless the demo data is to be loaded (the demo
 * brings its own users). Runs before the demo data, so a configured admin means no demo user.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AppUserRepository users;
    private final UserDirectory directory;
    private final PasswordRules rules;
    private final AuditLog audit;
    private final String username;
    private final String password;
    private final boolean demoData;

    FirstAdmin(
            AppUserRepository users,
            UserDirectory directory,
            PasswordRules rules,
            AuditLog audit,
            TsunaguProperties props,
            ObjectProvider<EmbeddedDatabase> embedded) {
        String username = props.admin().user();
        String password = props.admin().password();
        String demoSetting = props.demoData();
        this.users = users;
        this.directory = directory;
        this.rules = rules;
        this.audit = audit;
        this.username = username.strip();
        this.password = password;
        this.demoData = EmbeddedDatabaseConfig.demoDataWanted(demoSetting, embedded.getIfAvailable() != null);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (username.isEmpty()) {
            if (demoData) {
                return;
            }
            throw new IllegalStateException("The database has no user yet. Set TSUNAGU_ADMIN_USER and "
                    + "TSUNAGU_ADMIN_PASSWORD (at least " + PasswordRules.MIN + " characters) to create the first "
                    + "administrator, or TSUNAGU_DEMO_DATA=true for the demo.");
        }
        if (!username.matches("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")) {
            throw new IllegalStateException("TSUNAGU_ADMIN_USER must be 3-64 letters, digits and . _ - "
                    + "(starting with a letter or digit).");
        }
        rules.problem(password, username).ifPresent(problem -> {
            throw new IllegalStateException("TSUNAGU_ADMIN_PASSWORD is refused: "
                    + AuditLog.en(problem, PasswordRules.MIN, PasswordRules.MAX) + " (at least " + PasswordRules.MIN
                    + " characters, not a common password, not the user name).");
        });
        AppUser admin = directory.create(username, password, "システム管理者", AppRoles.ADMIN);
        admin.requirePasswordChange();
        audit.recordAs(
                AuditLog.SYSTEM,
                AuditKind.USER,
                admin.getId(),
                null,
                "created",
                username + " / " + AuditLog.ja("role." + AppRoles.ADMIN));
        log.info(
                "Created the first administrator '{}' from TSUNAGU_ADMIN_USER; the password must be changed at the "
                        + "first login.",
                username);
    }
}
