package jp.tsunagu.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.tsunagu.security.AppRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST API and its OpenAPI description take the same users and passwords as the screens (HTTP Basic over
 * the same password hashes), keep no session, and let each service method's roles decide what a user may do.
 * This chain is consulted before Vaadin's, for these paths only.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                // A login with a temporary password must first choose its own on the screen.
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(authentication.get().isAuthenticated()
                                        && !(authentication.get() instanceof AnonymousAuthenticationToken)
                                        && authentication.get().getAuthorities().stream()
                                                .noneMatch(a ->
                                                        AppRoles.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority())))))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof InternalAuthenticationServiceException) {
                        // The user could not be looked up at all (the database is unreachable): say so, not "log in".
                        writeProblem(
                                response,
                                HttpStatus.SERVICE_UNAVAILABLE,
                                "データベースに接続できません。しばらくしてからもう一度お試しください (database unreachable)");
                        return;
                    }
                    response.setHeader("WWW-Authenticate", "Basic realm=\"tsunagu\", charset=\"UTF-8\"");
                    writeProblem(response, HttpStatus.UNAUTHORIZED, "ログインが必要です (authentication required)");
                }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
                    boolean mustChange = request.getUserPrincipal() instanceof Authentication a
                            && a.getAuthorities().stream()
                                    .anyMatch(g -> AppRoles.PASSWORD_CHANGE_REQUIRED.equals(g.getAuthority()));
                    writeProblem(
                            response,
                            HttpStatus.FORBIDDEN,
                            mustChange
                                    ? "仮パスワードのままです。画面からログインして新しいパスワードを決めてください "
                                            + "(choose your own password on the screen first)"
                                    : "この操作の権限がありません (not allowed)");
                }));
        return http.build();
    }

    /** The same RFC 9457 problem as every other refusal of the API (see {@code ApiErrors}). */
    private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\",\"errors\":[]}");
    }
}
