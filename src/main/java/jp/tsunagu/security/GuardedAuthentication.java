package jp.tsunagu.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (the login page and the API's HTTP Basic alike) that tell a guesser nothing: an unknown name, a
 * wrong password, a locked and a disabled account take the same work (the password hash is always checked first,
 * against a dummy hash for an unknown name) and get the same message; an address that keeps failing is refused
 * unchecked for a while ({@link AddressThrottle}).
 */
class GuardedAuthentication extends DaoAuthenticationProvider {

    /** Refused because the address failed too often; not a failure of any account. */
    static class AddressRefused extends AuthenticationException {
        AddressRefused() {
            super("Too many failed logins from this address");
        }
    }

    private final AddressThrottle throttle;

    GuardedAuthentication(UserDirectory users, PasswordEncoder encoder, AddressThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        // Lock and disable are checked after the password, so both answers take as long as a wrong password.
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("Disabled");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        if (throttle.refuses(address)) {
            throttle.failed(address);
            throw new AddressRefused();
        }
        try {
            return super.authenticate(authentication);
        } catch (BadCredentialsException | AccountStatusException e) {
            throttle.failed(address);
            throw e;
        }
    }
}
