package jp.tsunagu.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for services that check permissions and record names. Roles come back without the
 * {@code ROLE_} prefix, i.e. as Camunda candidate groups.
 */
@Component
public class CurrentUser {

    /** The user name; fails if nobody is logged in, as no service call should come without a user. */
    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new IllegalStateException("No authenticated user");
        }
        return auth.getName();
    }

    public List<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The facility of a facility staff member, from their facility group; empty for everyone else. */
    public Optional<Long> facilityId() {
        String prefix = AppRoles.FACILITY + "-";
        return roles().stream()
                .filter(r -> r.startsWith(prefix))
                .findFirst()
                .map(r -> Long.parseLong(r.substring(prefix.length())));
    }
}
