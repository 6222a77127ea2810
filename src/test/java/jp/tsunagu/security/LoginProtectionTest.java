package jp.tsunagu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.audit.AuditFilter;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.audit.AuditRow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Logging in through the real filters: passwords are stored as BCrypt hashes, five wrong passwords in a row lock an
 * account for 15 minutes (the right password is refused meanwhile, on the page and the API), a login ends after the
 * absolute limit however busy it is, logout ends the session, and every login, failure and lock is in the audit log.
 */
@TsunaguTest
class LoginProtectionTest {

    private static final String PASSWORD = "login-test-pass-1";
    private static final String ANY_PAGE = "/images/none.png";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDirectory users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLog audit;

    @Autowired
    FilterChainProxy securityFilters;

    MockMvc mvc;
    String username;

    @BeforeEach
    void user() {
        // Nobody is logged in on this thread: a context left by a class that ran before would ride along into
        // MockMvc's requests (spring-security-test copies it in) and be the session's user instead of the one logging
        // in.
        TestData.logout();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        username = TestData.unique("login");
        users.create(username, PASSWORD, "ログイン 確認", AppRoles.SUPERVISOR);
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
        TestData.logout();
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_never_as_typed() {
        String hash = repository.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("$2a$10$").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_then_it_opens_again() throws Exception {
        Instant start = Instant.parse("2026-11-24T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // The fourth failure still lets the right password in, and a success starts the count again.
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("login"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Locked: the right password is refused with the same message as a wrong one, on the page and on the API.
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/kpis").param("fiscalYear", "2026").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(14))));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(16))));
        mvc.perform(get("/api/kpis").param("fiscalYear", "2026").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk());

        TestData.actAs(TestData.unique("auditor"), AppRoles.ADMIN);
        List<String> actions = audit.page(new AuditFilter(AuditKind.LOGIN, username, null, null), 0, 50).stream()
                .filter(r -> r.actor().equals(username))
                .map(AuditRow::action)
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(actions);
        TestData.logout();
        assertThat(actions)
                .containsExactly(
                        "failed",
                        "failed",
                        "failed",
                        "failed",
                        "login",
                        "failed",
                        "failed",
                        "failed",
                        "failed",
                        "locked",
                        "refusedLocked",
                        "refusedLocked",
                        "refusedLocked");
    }

    @Test
    void a_wrong_password_for_an_unknown_name_is_logged_without_the_name_typed() throws Exception {
        String typed = TestData.unique("maybe-a-password");
        mvc.perform(formLogin("/login").user(typed).password("x")).andExpect(redirectedUrl("/login?error"));
        TestData.actAs(TestData.unique("auditor"), AppRoles.ADMIN);
        List<AuditRow> rows = audit.page(new AuditFilter(AuditKind.LOGIN, null, null, null), 0, 200);
        TestData.logout();
        assertThat(rows).noneMatch(r -> r.actor().contains(typed) || r.detail().contains(typed));
        assertThat(rows)
                .anyMatch(r -> r.actor().equals(UserDirectory.UNKNOWN_USER)
                        && r.action().equals("failed"));
    }

    @Test
    void a_login_ends_after_the_absolute_limit_even_when_busy_and_logout_ends_it_at_once() throws Exception {
        Instant start = Instant.parse("2026-11-24T00:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        MockHttpSession session = login();
        // Any request through the filters will do; a static one keeps Vaadin's servlet out of this mock set-up.
        throughFilters(session);
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(9).plusMinutes(59))));
        assertThat(throughFilters(session).getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(10).plusMinutes(1))));
        assertThat(throughFilters(session).getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();

        MockHttpSession second = login();
        mvc.perform(post("/logout").with(csrf()).session(second)).andExpect(status().is3xxRedirection());
        assertThat(second.isInvalid()).isTrue();
    }

    /**
     * A page request through the session-limit filter, as the logged-in user (Vaadin's request matchers need its
     * servlet, which is not part of this mock set-up; that the filter is in the chain is asserted separately).
     */
    private MockHttpServletResponse throughFilters(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", ANY_PAGE);
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityContext saved = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.setContext(saved);
        try {
            sessionLimit().doFilter(request, response, new MockFilterChain());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return response;
    }

    private Filter sessionLimit() {
        return securityFilters.getFilters("/tasks").stream()
                .filter(f -> f instanceof AbsoluteSessionLimit)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the absolute session limit is not in the chain"));
    }

    private MockHttpSession login() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("where the login went")
                .doesNotContain("/login");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }
}
