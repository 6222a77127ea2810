package jp.tsunagu.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.time.Clock;
import java.time.Duration;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.security.ui.LoginView;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Vaadin's view security on top of Spring Security: a login view, every view and service method
 * declares its roles ({@code @RolesAllowed}), and everything else is denied.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig extends VaadinWebSecurity {

    /**
     * {@code @RolesAllowed} on service methods, checked on every call. Not on Vaadin components: their roles are
     * checked by Vaadin's navigation access control, and Spring's stock JSR-250 advice would make every view a CGLIB
     * proxy, scanning the view's hundreds of inherited methods each time one opens (a third of the server's time
     * under load).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceRoles(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        Pointcut servicesOnly = new ComposablePointcut(type -> !Component.class.isAssignableFrom(type))
                .intersection(
                        AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut());
        AuthorizationManagerBeforeMethodInterceptor roles =
                new AuthorizationManagerBeforeMethodInterceptor(servicesOnly, new Jsr250AuthorizationManager());
        roles.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        strategy.ifAvailable(roles::setSecurityContextHolderStrategy);
        return roles;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The one way to log in, for the login page and the API alike. */
    @Bean
    GuardedAuthentication guardedAuthentication(
            UserDirectory users, PasswordEncoder encoder, AddressThrottle throttle) {
        return new GuardedAuthentication(users, encoder, throttle);
    }

    private final Duration absoluteSessionLimit;
    private final Clock clock;

    /** Looked up when first needed: the users need this class's password encoder. */
    private final ObjectProvider<UserDirectory> users;

    SecurityConfig(TsunaguProperties props, Clock clock, ObjectProvider<UserDirectory> users) {
        Duration absoluteSessionLimit = props.session().absoluteLimit();
        this.absoluteSessionLimit = absoluteSessionLimit;
        this.clock = clock;
        this.users = users;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // A calendar feed's secret URL is its own key: calendar programs cannot log in.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/calendar/*.ics")
                .permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
        // One message for every failure (unknown name, wrong password, locked or disabled account, a throttled
        // address): the page must not tell a guesser which names exist or which accounts are locked.
        http.formLogin(form -> form.failureHandler(
                (request, response, e) -> response.sendRedirect(request.getContextPath() + "/login?error")));
        // No page may be framed, except a document's preview (/files/…?inline=true) by Tsunagu's own page.
        RequestMatcher preview = request -> request.getRequestURI().startsWith(request.getContextPath() + "/files/")
                && "true".equals(request.getParameter("inline"));
        http.headers(headers -> headers.frameOptions(frames -> frames.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        preview,
                        new org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter(
                                org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter
                                        .XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(preview),
                        new org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter(
                                org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter
                                        .XFrameOptionsMode.DENY))));
        http.addFilterAfter(
                new AbsoluteSessionLimit(absoluteSessionLimit, clock, username -> users.getObject()
                        .isEnabled(username)),
                SecurityContextHolderFilter.class);
    }
}
