package jp.tsunagu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import jp.tsunagu.Application;
import jp.tsunagu.Mails;
import jp.tsunagu.TestNodes;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox with its real parts: two application nodes on one PostgreSQL deliver 1,000 notices to a webhook receiver
 * (a real HTTP server on 127.0.0.1) that fails the first try of every tenth message; each message arrives exactly once.
 * A rolled-back change sends nothing. Mail goes through a real SMTP server (GreenMail) in this JVM, in HTML with a
 * plain-text part, naming the deal's page by its full link.
 */
class NoticeOutboxClusterTest {

    private static final int NOTICES = 1000;

    static EmbeddedPostgres embedded;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static HttpServer receiver;
    static GreenMail smtp;
    static final Map<Long, AtomicInteger> delivered = new ConcurrentHashMap<>();
    static final Map<Long, AtomicInteger> refused = new ConcurrentHashMap<>();
    static final Map<Long, String> bodies = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        String url;
        String server = System.getProperty("spring.datasource.url");
        if (server == null || server.isBlank()) {
            embedded = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", Application.ZONE)
                    .setServerConfig("max_connections", "60")
                    .start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        } else {
            String user = System.getProperty("spring.datasource.username", "postgres");
            try (Connection c = DriverManager.getConnection(server, user, "")) {
                c.createStatement().execute("drop database if exists tsunagu_outbox with (force)");
                c.createStatement().execute("create database tsunagu_outbox");
            }
            url = server.substring(0, server.lastIndexOf('/') + 1) + "tsunagu_outbox";
        }
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long id = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Tsunagu-Delivery"));
            int status;
            // Every tenth message is refused the first time it comes.
            if (id % 10 == 0
                    && refused.computeIfAbsent(id, k -> new AtomicInteger()).getAndIncrement() == 0) {
                status = 503;
            } else {
                delivered.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                bodies.put(id, body);
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        a = node(url);
        b = node(url);
    }

    static ConfigurableApplicationContext node(String url) {
        return TestNodes.start(
                url,
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--logging.level.root=warn",
                "--logging.level.jp.tsunagu=error",
                "--camunda.bpm.job-execution.enabled=false",
                "--tsunagu.notices.poll=PT0.2S",
                "--tsunagu.notices.first-retry=PT0.3S",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--tsunagu.base-url=https://tsunagu.example.jp");
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void two_nodes_deliver_each_of_a_thousand_notices_once_through_a_receiver_that_fails_every_tenth_first_try()
            throws Exception {
        String person = "outbox-staff";
        a.getBean(UserDirectory.class).create(person, "outbox-pass-1", "配信 確認", AppRoles.INTERMEDIARY);
        JdbcTemplate sql = a.getBean(JdbcTemplate.class);
        sql.update(
                "insert into notice_channel (owner, kind, label, url, created_by, created_at) values "
                        + "(?, 'JSON', '受信テスト', ?, 'test', now())",
                "user:" + person,
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");

        // A change that rolls back leaves no message behind.
        new TransactionTemplate(a.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            a.getBean(NotificationService.class)
                    .notifyLinked(person, NoticeKinds.MENTION, null, "/deals/1", "channel.test.message", "取り消された変更");
            status.setRollbackOnly();
        });

        // Half the notices are written on each node; both nodes' senders take from the one outbox.
        Thread[] writers = new Thread[4];
        for (int w = 0; w < writers.length; w++) {
            int writer = w;
            writers[w] = new Thread(() -> {
                for (int i = writer; i < NOTICES; i += writers.length) {
                    (i % 2 == 0 ? a : b)
                            .getBean(NotificationService.class)
                            .notifyLinked(
                                    person,
                                    NoticeKinds.MENTION,
                                    null,
                                    "/notifications",
                                    "channel.test.message",
                                    "通知 " + i);
                }
            });
            writers[w].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        waitUntil(
                Duration.ofSeconds(120),
                () -> sql.queryForObject("select count(*) from notice_outbox where status = 'PENDING'", Integer.class)
                        == 0);
        Thread.sleep(1500);

        assertThat(sql.queryForObject("select count(*) from notice_outbox where status = 'SENT'", Integer.class))
                .isEqualTo(NOTICES);
        assertThat(delivered).hasSize(NOTICES);
        assertThat(delivered.values()).as("each message arrived exactly once").allSatisfy(n -> assertThat(n.get())
                .isEqualTo(1));
        assertThat(refused).hasSize(NOTICES / 10);
        assertThat(sql.queryForObject("select count(*) from notice_outbox where attempts = 2", Integer.class))
                .as("the refused ones were tried again once")
                .isEqualTo(NOTICES / 10);
        assertThat(bodies.values()).noneMatch(body -> body.contains("取り消された変更"));
        assertThat(bodies.values())
                .anySatisfy(body ->
                        assertThat(body).contains("通知 999").contains("https://tsunagu.example.jp/notifications"));
    }

    @Test
    void a_mail_names_what_happened_and_links_to_the_page_in_html_and_plain_text() throws Exception {
        String person = "mail-staff";
        UserDirectory users = b.getBean(UserDirectory.class);
        users.create(person, "outbox-pass-1", "鈴木 花子", AppRoles.FACILITY);
        users.setEmail(person, "hanako@example.jp");
        b.getBean(NotificationService.class)
                .notifyLinked(
                        person,
                        NoticeKinds.OFFER_SENT,
                        null,
                        "/portal/offers/42",
                        "notice.offer.sent",
                        "アンケート入力",
                        "2026/12/04");
        waitUntil(Duration.ofSeconds(30), () -> smtp.getReceivedMessages().length > 0);
        Thread.sleep(1000);
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain("example.jp");
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject()).isEqualTo("【つなぐ】「アンケート入力」のお仕事のオファーが届きました。2026/12/04 までにお返事ください");
        String plain = Mails.part(mail, "text/plain");
        String html = Mails.part(mail, "text/html");
        assertThat(plain).contains("鈴木 花子 様").contains("https://tsunagu.example.jp/portal/offers/42");
        assertThat(html)
                .contains("href=\"https://tsunagu.example.jp/portal/offers/42\"")
                .contains("つなぐで開く");
    }

    private static void waitUntil(Duration limit, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not done within " + limit);
            }
            Thread.sleep(100);
        }
    }
}
