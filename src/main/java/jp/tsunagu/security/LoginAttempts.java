package jp.tsunagu.security;

import java.time.Duration;
import jp.tsunagu.base.TsunaguProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down: after {@code tsunagu.login.max-failures} wrong passwords in a row an account is
 * locked for {@code tsunagu.login.lock-duration}, on every node (the count is in the database), for the login page and
 * the API alike. Logins, failures and locks go in the audit log.
 */
@Component
class LoginAttempts {

    private final UserDirectory users;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(UserDirectory users, TsunaguProperties props) {
        int maxFailures = props.login().maxFailures();
        Duration lockDuration = props.login().lockDuration();
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.loginFailed(event.getAuthentication().getName(), maxFailures, lockDuration);
    }

    @EventListener
    void refused(AuthenticationFailureLockedEvent event) {
        users.loginRefusedLocked(event.getAuthentication().getName());
    }

    /** Every success (also an API call's) clears the count of wrong passwords. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.loginSucceeded(event.getAuthentication().getName(), false);
    }

    /** A person logged in on the login page. */
    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        users.loginSucceeded(event.getAuthentication().getName(), true);
    }
}
