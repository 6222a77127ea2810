package jp.tsunagu.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.security.AppRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' endpoints: {@code /actuator/health} (liveness and readiness) for anyone, as load balancers and
 * orchestrators ask without a login; {@code /actuator/prometheus} for admins, or for the metrics user of
 * {@code TSUNAGU_METRICS_USER} / {@code TSUNAGU_METRICS_PASSWORD} (a scraper needs no admin password); nothing else.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurityConfig {

    static final String METRICS = "METRICS";

    @Bean
    @Order(0)
    SecurityFilterChain operationsFilterChain(HttpSecurity http, AuthenticationProvider logins, TsunaguProperties props)
            throws Exception {
        String metricsUser = props.metrics().user();
        String metricsPassword = props.metrics().password();
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (!metricsUser.isBlank() && !metricsPassword.isBlank()) {
            providers.add(metricsUser(metricsUser, metricsPassword));
        }
        providers.add(logins);
        http.securityMatcher("/actuator/**")
                .authenticationManager(new ProviderManager(providers))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access((authentication, context) ->
                                new AuthorizationDecision(mayReadMetrics(authentication.get())))
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(basicEntryPoint())
                        .accessDeniedHandler(
                                (request, response, e) -> response.setStatus(HttpStatus.FORBIDDEN.value())));
        return http.build();
    }

    /**
     * A scraper is asked for its password (401), never sent to the login page: the status is set, not sent as an
     * error, whose dispatch to /error would go through the screens' security and end at the login page.
     */
    private static AuthenticationEntryPoint basicEntryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"tsunagu\"");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        };
    }

    /** An admin (who chose their own password) or the metrics user. */
    private static boolean mayReadMetrics(Authentication authentication) {
        var granted = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return (granted.contains("ROLE_" + AppRoles.ADMIN) || granted.contains("ROLE_" + METRICS))
                && !granted.contains(AppRoles.PASSWORD_CHANGE_REQUIRED);
    }

    /** The scraper's own login: compared in constant time, allowed to read the metrics only. */
    private static AuthenticationProvider metricsUser(String user, String password) {
        byte[] expected = (user + "\n" + password).getBytes(StandardCharsets.UTF_8);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                if (!user.equals(authentication.getName())) {
                    return null;
                }
                byte[] given = (authentication.getName() + "\n" + authentication.getCredentials())
                        .getBytes(StandardCharsets.UTF_8);
                if (!MessageDigest.isEqual(expected, given)) {
                    throw new BadCredentialsException("Bad credentials");
                }
                return UsernamePasswordAuthenticationToken.authenticated(
                        user, null, AuthorityUtils.createAuthorityList("ROLE_" + METRICS));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }
}
