package jp.tsunagu.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jp.tsunagu.security.ui.LoginView;
import jp.tsunagu.security.ui.PasswordChangeView;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A login with a temporary password (a new account, a reset) sees the page to choose a new password and nothing else
 * until it has; then the login goes on without logging in again.
 */
@Component
public class PasswordChangeRequired implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (required() && target != PasswordChangeView.class && target != LoginView.class) {
                enter.rerouteTo(PasswordChangeView.class);
            }
        }));
    }

    static boolean required() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> AppRoles.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    /** The person chose their own password: the login keeps its roles and loses the requirement. */
    public static void passwordChanged() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth == null) {
            return;
        }
        UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(
                auth.getPrincipal(),
                null,
                auth.getAuthorities().stream()
                        .filter(a -> !AppRoles.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))
                        .toList());
        changed.setDetails(auth.getDetails());
        context.setAuthentication(changed);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
