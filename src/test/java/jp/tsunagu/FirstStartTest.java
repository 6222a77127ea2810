package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An office's first start on its own empty PostgreSQL: TSUNAGU_ADMIN_* make the one admin (no demo user, even with
 * the demo setting on "auto"), who must choose a new password before the API lets them in; health answers without a
 * login, Prometheus metrics only for the admin.
 */
class FirstStartTest {

    private static final String ADMIN = "office-admin";
    private static final String PASSWORD = "first-start-password-1";

    static EmbeddedPostgres embedded;
    static ConfigurableApplicationContext node;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start_on_an_empty_database() throws Exception {
        String server = System.getProperty("spring.datasource.url");
        String url;
        if (server == null || server.isBlank()) {
            embedded = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", Application.ZONE)
                    .start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        } else {
            String user = System.getProperty("spring.datasource.username", "postgres");
            try (Connection c = DriverManager.getConnection(server, user, "")) {
                c.createStatement().execute("drop database if exists tsunagu_first_start with (force)");
                c.createStatement().execute("create database tsunagu_first_start");
            }
            url = server.substring(0, server.lastIndexOf('/') + 1) + "tsunagu_first_start";
        }
        node = TestNodes.start(
                url,
                "--tsunagu.demo-data=auto",
                "--tsunagu.admin.user=" + ADMIN,
                "--tsunagu.admin.password=" + PASSWORD,
                "--logging.level.root=warn");
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void the_first_start_makes_only_the_admin_who_must_choose_a_password_first() throws Exception {
        JdbcTemplate sql = node.getBean(JdbcTemplate.class);
        assertThat(sql.queryForList("select username, role, must_change_password from app_user"))
                .containsExactly(Map.of("username", ADMIN, "role", "ADMIN", "must_change_password", true));
        assertThat(node.getBean(UserDirectory.class).exists("tanaka")).isFalse();
        assertThat(sql.queryForObject("select count(*) from deal", Long.class)).isZero();

        HttpResponse<String> api = get("/api/users", ADMIN, PASSWORD);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("仮パスワードのままです");
        assertThat(get("/api/users", ADMIN, "wrong-password-123").statusCode()).isEqualTo(401);
    }

    @Test
    void health_answers_without_a_login_and_metrics_only_for_the_admin() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness", null, null).body()).contains("\"status\":\"UP\"");
        HttpResponse<String> ready = get("/actuator/health/readiness", null, null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("db").contains("jobExecutor");

        assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        String director = TestData.unique("metrics-dir");
        node.getBean(UserDirectory.class).create(director, "metrics-dir-pass-1", "メトリクス 確認", "DIRECTOR");
        assertThat(get("/actuator/prometheus", director, "metrics-dir-pass-1").statusCode())
                .isEqualTo(403);
        String admin = TestData.unique("metrics-admin");
        node.getBean(UserDirectory.class).create(admin, "metrics-admin-pass-1", "メトリクス 管理", "ADMIN");
        HttpResponse<String> metrics = get("/actuator/prometheus", admin, "metrics-admin-pass-1");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "tsunagu_handoffs_open{stage=\"LEAD\"}",
                        "tsunagu_sla_breaches_open",
                        "tsunagu_jobs_due",
                        "tsunagu_notices_unread",
                        "jvm_memory_used_bytes",
                        "hikaricp_connections");
        // Nothing else of the actuator is open.
        assertThat(get("/actuator/env", admin, "metrics-admin-pass-1").statusCode())
                .isEqualTo(403);
    }

    private static HttpResponse<String> get(String path, String user, String password) throws Exception {
        String port = node.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
