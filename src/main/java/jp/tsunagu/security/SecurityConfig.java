package jp.tsunagu.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jp.tsunagu.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import java.time.Clock;
import java.time.Duration;

/**
 * Vaadin's view security on top of Spring Security: a login view, every view and service method
 * declares its roles ({@code @RolesAllowed}), and everything else is denied.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig extends VaadinWebSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    private final Duration absoluteSessionLimit;
    private final Clock clock;

    SecurityConfig(@Value("${tsunagu.session.absolute-limit:PT10H}") Duration absoluteSessionLimit, Clock clock) {
        this.absoluteSessionLimit = absoluteSessionLimit;
        this.clock = clock;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
        // A locked account is told so (and for how long, on the page); any other failure gets the one message.
        http.formLogin(form -> form.failureHandler((request, response, e) -> response.sendRedirect(
                request.getContextPath() + "/login?" + (e instanceof LockedException ? "locked" : "error"))));
        http.addFilterAfter(new AbsoluteSessionLimit(absoluteSessionLimit, clock), SecurityContextHolderFilter.class);
    }
}
