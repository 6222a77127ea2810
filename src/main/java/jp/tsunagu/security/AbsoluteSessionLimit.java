package jp.tsunagu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a logged-in session a fixed time after login, however active it is (the idle timeout ends quiet ones). The
 * next page load goes to the login page; an open screen's next click is answered by Vaadin's "session expired".
 */
class AbsoluteSessionLimit extends OncePerRequestFilter {

    /** The session attribute holding the instant of login (as epoch milliseconds). */
    static final String LOGIN_AT = "tsunagu.loginAt";

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionLimit(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
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
            } else if (Duration.between(Instant.ofEpochMilli((Long) loginAt), now).compareTo(limit) > 0) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (request.getParameter("v-r") == null) {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
