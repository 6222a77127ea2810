package jp.tsunagu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session a fixed time after login, however active it is (the idle timeout ends quiet ones), and
 * the sessions of an account an admin disabled: at most every {@link #CHECK_EVERY} a session asks whether its account
 * is still enabled. The next page load goes to the login page; an open screen's next click is answered by Vaadin's
 * "session expired".
 */
class AbsoluteSessionLimit extends OncePerRequestFilter {

    /** The session attribute holding the instant of login (as epoch milliseconds). */
    static final String LOGIN_AT = "tsunagu.loginAt";

    static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final String CHECKED_AT = "tsunagu.accountCheckedAt";

    private final Duration limit;
    private final Clock clock;
    private final Predicate<String> enabled;

    AbsoluteSessionLimit(Duration limit, Clock clock, Predicate<String> enabled) {
        this.limit = limit;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
            Instant now = clock.instant();
            Object loginAt = session.getAttribute(LOGIN_AT);
            if (loginAt == null) {
                session.setAttribute(LOGIN_AT, now.toEpochMilli());
            }
            String endAt = loginAt != null
                            && Duration.between(Instant.ofEpochMilli((Long) loginAt), now)
                                            .compareTo(limit)
                                    > 0
                    ? "/login?expired"
                    : accountDisabled(session, auth.getName(), now) ? "/login" : null;
            if (endAt != null) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (request.getParameter("v-r") == null) {
                    response.sendRedirect(request.getContextPath() + endAt);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private boolean accountDisabled(HttpSession session, String username, Instant now) {
        Object checked = session.getAttribute(CHECKED_AT);
        if (checked != null
                && !Instant.ofEpochMilli((Long) checked).plus(CHECK_EVERY).isBefore(now)) {
            return false;
        }
        if (!enabled.test(username)) {
            return true;
        }
        session.setAttribute(CHECKED_AT, now.toEpochMilli());
        return false;
    }
}
