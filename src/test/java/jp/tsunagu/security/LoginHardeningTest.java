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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
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
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Logins that tell a guesser nothing and cannot be turned against a person: one message for an unknown name, a wrong
 * password, a locked and a disabled account; parallel guesses each count; a success never lifts a lock set while it
 * was being checked; an address that keeps failing is refused without its attempts counting against the account.
 */
@TsunaguTest
class LoginHardeningTest {

    private static final String PASSWORD = "hardening-pass-1";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDirectory users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    AddressThrottle throttle;

    @Autowired
    UserAccounts accounts;

    @Autowired
    FilterChainProxy securityFilters;

    MockMvc mvc;
    String username;

    @BeforeEach
    void user() {
        // Nobody on this thread: spring-security-test would carry a leftover user into every request.
        TestData.logout();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        username = TestData.unique("hard");
        users.create(username, PASSWORD, "堅牢 確認", AppRoles.DIRECTOR);
        // Wrong passwords from 127.0.0.1 by classes that ran before in this JVM count for nothing here.
        throttle.reset(100_000);
    }

    @AfterEach
    void no_throttle() {
        throttle.reset(100_000);
        TestData.logout();
    }

    @Test
    void an_unknown_name_a_wrong_password_a_locked_and_a_disabled_account_get_the_same_answer() throws Exception {
        String locked = TestData.unique("locked");
        users.create(locked, PASSWORD, "ロック 確認", AppRoles.DIRECTOR);
        for (int i = 0; i < 5; i++) {
            users.loginFailed(locked, 5, Duration.ofMinutes(15));
        }
        String disabled = TestData.unique("off");
        users.create(disabled, PASSWORD, "無効 確認", AppRoles.DIRECTOR);
        TestData.actAs(TestData.unique("adm"), AppRoles.ADMIN);
        accounts.disable(disabled);
        TestData.logout();

        mvc.perform(formLogin("/login").user(TestData.unique("nobody")).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(username).password("wrong-password-1"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(locked).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(disabled).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        // The API answers all four alike too.
        for (String name : List.of(TestData.unique("nobody"), locked, disabled)) {
            mvc.perform(get("/api/deals").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/deals").with(httpBasic(username, "wrong-password-1")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void five_wrong_passwords_sent_at_the_same_moment_all_count_and_lock_the_account() throws Exception {
        int guesses = 5;
        CyclicBarrier together = new CyclicBarrier(guesses);
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                done.add(pool.submit(() -> {
                    together.await();
                    users.loginFailed(username, 5, Duration.ofMinutes(15));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(repository.findByUsername(username).orElseThrow().getLockedUntil())
                .isNotNull();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_success_checked_before_the_lock_does_not_lift_it() {
        // The right password was being checked while five guesses locked the account; its success arrives last.
        for (int i = 0; i < 5; i++) {
            users.loginFailed(username, 5, Duration.ofMinutes(15));
        }
        users.loginSucceeded(username, false);
        assertThat(repository.findByUsername(username).orElseThrow().getLockedUntil())
                .isNotNull();
    }

    @Test
    void an_address_that_keeps_failing_is_refused_without_locking_the_account_it_tries() throws Exception {
        throttle.reset(10);
        RequestPostProcessor guesser = from("192.0.2.7");
        for (int i = 0; i < 10; i++) {
            mvc.perform(loginFrom(TestData.unique("guess"), "guess-" + i, guesser))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Now even the right password from that address is refused, and the account's count does not move.
        for (int i = 0; i < 6; i++) {
            mvc.perform(loginFrom(username, "guess-" + i, guesser)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(loginFrom(username, PASSWORD, guesser)).andExpect(redirectedUrl("/login?error"));
        AppUser user = repository.findByUsername(username).orElseThrow();
        assertThat(user.getFailedLogins()).isZero();
        assertThat(user.getLockedUntil()).isNull();
        // The person, from their own address, logs in.
        mvc.perform(loginFrom(username, PASSWORD, from("192.0.2.8")))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("login"));
    }

    @Test
    void a_disabled_account_s_open_session_ends_within_half_a_minute() throws Exception {
        Instant start = Instant.parse("2026-11-24T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        try {
            var result = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                    .andExpect(status().is3xxRedirection())
                    .andReturn();
            var session = (MockHttpSession) result.getRequest().getSession(false);
            assertThat(throughSessionChecks(session).getRedirectedUrl()).isNull();
            TestData.actAs(TestData.unique("adm"), AppRoles.ADMIN);
            accounts.disable(username);
            TestData.logout();
            // Within the half minute the session is not asked again; after it, it ends.
            ClockUtil.setCurrentTime(Date.from(start.plusSeconds(20)));
            assertThat(throughSessionChecks(session).getRedirectedUrl()).isNull();
            ClockUtil.setCurrentTime(Date.from(start.plusSeconds(31)));
            assertThat(throughSessionChecks(session).getRedirectedUrl()).isEqualTo("/login");
            assertThat(session.isInvalid()).isTrue();
        } finally {
            ClockUtil.reset();
        }
    }

    /** A page request through the session checks (Vaadin's own matchers need its servlet, absent here). */
    private MockHttpServletResponse throughSessionChecks(MockHttpSession session) throws Exception {
        var request = new MockHttpServletRequest(context.getServletContext(), "GET", "/tasks");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        SecurityContextHolder.setContext((SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            securityFilters.getFilters("/tasks").stream()
                    .filter(f -> f instanceof AbsoluteSessionLimit)
                    .findFirst()
                    .orElseThrow()
                    .doFilter(request, response, new MockFilterChain());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return response;
    }

    private static MockHttpServletRequestBuilder loginFrom(String user, String password, RequestPostProcessor address) {
        return post("/login")
                .param("username", user)
                .param("password", password)
                .with(csrf())
                .with(address);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
