package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Escalations;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.SlaClocks;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application nodes on one PostgreSQL, each with its own process engine and job executor, as in production behind
 * a load balancer. Deals are created and driven half on each node; their nurture timers fire (on whichever node picks
 * them up) exactly once; two SLA sweeps racing on both nodes record each breach and open each escalation exactly once;
 * the same task completed on both nodes at once moves its deal exactly once. Uses a database of its own.
 */
class ClusterTest {

    private static final int DEALS = 40;
    private static final ZoneId TOKYO = ZoneId.of(Application.ZONE);

    static EmbeddedPostgres embedded;
    static String url;
    static TcpProxy proxy;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start_two_nodes() throws Exception {
        String server = System.getProperty("spring.datasource.url");
        if (server == null || server.isBlank()) {
            embedded = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", TOKYO.getId())
                    .setServerConfig("max_connections", "60")
                    .start();
            url = embedded.getJdbcUrl("postgres", "postgres");
            proxy = new TcpProxy("localhost", embedded.getPort());
        } else {
            // A database of its own on the configured server, so the other tests' timers are not in play.
            String user = System.getProperty("spring.datasource.username", "postgres");
            try (Connection c = DriverManager.getConnection(server, user, "")) {
                c.createStatement().execute("drop database if exists tsunagu_cluster with (force)");
                c.createStatement().execute("create database tsunagu_cluster");
            }
            url = server.substring(0, server.lastIndexOf('/') + 1) + "tsunagu_cluster";
            URI address = URI.create(server.substring("jdbc:".length()));
            proxy = new TcpProxy(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort());
        }
        a = node("a", url);
        // Node b reaches the database through a relay the outage test can cut.
        b = node("b", url.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"));
    }

    @AfterAll
    static void stop() throws Exception {
        ClockUtil.reset();
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    static ConfigurableApplicationContext node(String name, String url) {
        return TestNodes.start(
                url,
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--camunda.bpm.process-engine-name=node" + name,
                "--logging.level.root=warn",
                "--logging.level.jp.tsunagu=warn",
                // Idle job executors look for due jobs every second here (production: up to 10 s), so that both
                // nodes are awake when the clock jumps and share the timers.
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=1");
    }

    @Test
    void timers_fire_once_breaches_escalate_once_and_no_hand_off_is_lost_or_doubled() throws Exception {
        ZonedDateTime monday = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, TOKYO);
        ClockUtil.setCurrentTime(Date.from(monday.toInstant()));
        long executedBefore = executed(a) + executed(b);

        // Half the deals are created and put into nurturing on each node: the nurture timer is for Wednesday 09:00.
        List<Long> deals = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
            actAs(node, "cluster-dir");
            long deal = node.getBean(TestData.class).deal(TestData.unique("クラスタ"), WorkCategory.PC);
            TaskInboxService inbox = node.getBean(TaskInboxService.class);
            inbox.complete(
                    inbox.openTasksOf(deal).get(0).taskId(),
                    new Completion(
                            Outcome.NURTURE,
                            null,
                            null,
                            LocalDate.of(2026, 12, 2),
                            node.getBean(TestData.class).dealVersion(deal)));
            deals.add(deal);
        }
        JdbcTemplate sql = a.getBean(JdbcTemplate.class);
        String ids = deals.toString().replace('[', '(').replace(']', ')');
        assertThat(sql.queryForObject(
                        "select count(*) from hand_off where completed_at is null and deal_id in " + ids,
                        Integer.class))
                .isZero();

        // Wednesday 10:00: every timer is due; both job executors take them from the one database.
        ClockUtil.setCurrentTime(Date.from(monday.plusDays(2).toInstant()));
        waitUntil(
                Duration.ofSeconds(90),
                () -> sql.queryForObject(
                                "select count(*) from hand_off where to_stage = 'LEAD' and completed_at is null and deal_id in "
                                        + ids,
                                Integer.class)
                        == DEALS);
        Map<String, Object> counts = sql.queryForMap("select count(*) filter (where to_stage = 'LEAD') as leads,"
                + " count(*) filter (where completed_at is null) as open, count(distinct deal_id) as deals"
                + " from hand_off where deal_id in " + ids);
        assertThat(counts)
                .containsEntry("leads", (long) DEALS * 2)
                .containsEntry("open", (long) DEALS)
                .containsEntry("deals", (long) DEALS);
        assertThat(a.getBean(ManagementService.class)
                        .createJobQuery()
                        .withException()
                        .count())
                .isZero();
        long executedA = executed(a);
        long executedB = executed(b);
        System.out.printf(
                "cluster: %d timer and sweep jobs run, %d on node a and %d on node b%n",
                executedA + executedB - executedBefore, executedA, executedB);

        // Three weeks later every lead task is over its SLA. Both nodes sweep at the same moment (and the 30-second
        // sweep timer may run too): each breach is recorded once and escalated once.
        ClockUtil.setCurrentTime(Date.from(monday.plusDays(23).toInstant()));
        CompletableFuture<Integer> sweepA =
                CompletableFuture.supplyAsync(() -> a.getBean(SlaClocks.class).sweep());
        CompletableFuture<Integer> sweepB =
                CompletableFuture.supplyAsync(() -> b.getBean(SlaClocks.class).sweep());
        sweepA.get();
        sweepB.get();
        waitUntil(Duration.ofSeconds(30), () -> escalations(a, ids) >= DEALS);
        ClockUtil.setCurrentTime(Date.from(monday.plusDays(23).plusMinutes(2).toInstant()));
        a.getBean(SlaClocks.class).sweep();
        b.getBean(SlaClocks.class).sweep();
        assertThat(escalations(a, ids)).isEqualTo(DEALS);
        assertThat(sql.queryForList("select deal_id from notification where kind = 'SLA_BREACH' and deal_id in " + ids
                        + " group by deal_id having count(*) <> 1"))
                .isEmpty();
        assertThat(sql.queryForObject(
                        "select count(distinct deal_id) from notification where kind = 'SLA_BREACH'"
                                + " and deal_id in " + ids,
                        Integer.class))
                .isEqualTo(DEALS);

        // The same lead task completed on node a and node b at once: exactly one wins, the deal moves on once.
        for (long deal : deals) {
            actAs(a, "cluster-dir");
            String task = a.getBean(TaskInboxService.class).openTasksOf(deal).stream()
                    .filter(t -> t.stage() == DealStage.LEAD)
                    .findFirst()
                    .orElseThrow()
                    .taskId();
            long version = a.getBean(TestData.class).dealVersion(deal);
            List<CompletableFuture<Boolean>> race = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(a, b)) {
                race.add(CompletableFuture.supplyAsync(() -> {
                    actAs(node, "cluster-dir-" + (node == a ? "a" : "b"));
                    try {
                        node.getBean(TaskInboxService.class).complete(task, Completion.of(Outcome.READY, version));
                        return true;
                    } catch (RuntimeException refused) {
                        return false;
                    }
                }));
            }
            assertThat(race.stream().filter(CompletableFuture::join).count())
                    .as("deal " + deal)
                    .isEqualTo(1);
        }
        Map<String, Object> after = sql.queryForMap("select count(*) filter (where to_stage = 'REQUIREMENTS') as req,"
                + " count(*) filter (where completed_at is null) as open,"
                + " count(*) filter (where to_stage = 'LEAD' and completed_at is not null) as leads_done"
                + " from hand_off where deal_id in " + ids);
        assertThat(after)
                .containsEntry("req", (long) DEALS)
                .containsEntry("open", (long) DEALS)
                .containsEntry("leads_done", (long) DEALS * 2);
        assertThat(sql.queryForObject(
                        "select count(*) from deal where stage = 'REQUIREMENTS' and id in " + ids, Integer.class))
                .isEqualTo(DEALS);
    }

    @Test
    void a_node_that_loses_the_database_says_so_and_recovers_by_itself_while_the_other_serves_on() throws Exception {
        String user = TestData.unique("outage");
        a.getBean(UserDirectory.class).create(user, "outage-pass-1", "停止 確認", AppRoles.DIRECTOR);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThat(get(http, b, user).statusCode()).isEqualTo(200);

        proxy.cut();
        long started = System.nanoTime();
        var down = get(http, b, user);
        long failedAfterMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("データベースに接続できません").doesNotContain("Exception");
        assertThat(get(http, a, user).statusCode())
                .as("the other node serves on")
                .isEqualTo(200);

        proxy.restore();
        long back = System.nanoTime();
        waitUntil(Duration.ofSeconds(60), () -> get(http, b, user).statusCode() == 200);
        System.out.printf(
                "outage: refused in %d ms while down; served again %d ms after the database came back%n",
                failedAfterMs, (System.nanoTime() - back) / 1_000_000);
    }

    private static HttpResponse<String> get(HttpClient http, ConfigurableApplicationContext node, String user) {
        String port = node.getEnvironment().getProperty("local.server.port");
        String basic = Base64.getEncoder().encodeToString((user + ":outage-pass-1").getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/deals?size=1"))
                            .header("Authorization", "Basic " + basic)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Logs in on one node for the calling thread. Each node's method security has its own security-context strategy
     * (Vaadin's) while the static holder has the last node's; in production each JVM runs one node.
     */
    private static void actAs(ConfigurableApplicationContext node, String username) {
        SecurityContextHolderStrategy strategy = node.getBean(SecurityContextHolderStrategy.class);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.DIRECTOR))));
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    private static long escalations(ConfigurableApplicationContext node, String ids) {
        return node
                .getBean(RuntimeService.class)
                .createProcessInstanceQuery()
                .processDefinitionKey(Escalations.PROCESS_KEY)
                .list()
                .stream()
                .filter(p -> ids.contains(p.getBusinessKey()))
                .count();
    }

    private static long executed(ConfigurableApplicationContext node) {
        ProcessEngineConfigurationImpl config = node.getBean(ProcessEngineConfigurationImpl.class);
        return config.getMetricsRegistry()
                .getDbMeterByName(Metrics.JOB_SUCCESSFUL)
                .get();
    }

    private static void waitUntil(Duration limit, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + limit);
            }
            Thread.sleep(250);
        }
    }
}
