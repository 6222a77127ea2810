package jp.tsunagu.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.tsunagu.base.TsunaguProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: mail through the configured SMTP server, chat messages to their webhooks. Each node takes the
 * messages due with {@code FOR UPDATE SKIP LOCKED} and keeps them locked while it sends, so two nodes never send the
 * same message; a message is marked sent in the transaction that locked it. A failure is tried again after 30 s, 1, 2,
 * 4 … minutes (at most an hour apart); after {@code tsunagu.notices.max-attempts} tries it is marked failed and shown to
 * admins, who may send it again. Runs right after each commit that wrote messages, and every few seconds.
 */
@Component
class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    static final int BATCH = 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> mail;
    private final String mailFrom;
    private final Clock clock;
    private final Duration firstRetry;
    private final int maxAttempts;
    private final ChannelPosts posts = new ChannelPosts();
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notice-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    private final ApplicationEventPublisher events;

    NoticeSender(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ObjectProvider<JavaMailSender> mail,
            TsunaguProperties props,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        String mailFrom = props.mail().from();
        Duration firstRetry = props.notices().firstRetry();
        int maxAttempts = props.notices().maxAttempts();
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.mail = mail;
        this.mailFrom = mailFrom;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxAttempts = maxAttempts;
    }

    /** Sends what is due soon, on the sender's own thread (several wake-ups at once make one run). */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            wakeups.execute(() -> {
                queued.set(false);
                drain();
            });
        }
    }

    /** Wakes the sender when the current transaction commits (at once outside one; never for a rollback). */
    void wakeAfterCommit() {
        events.publishEvent(new NoticesQueued());
    }

    /** Notices were written; heard once their transaction has committed. */
    record NoticesQueued() {}

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(NoticesQueued queued) {
        wake();
    }

    @Scheduled(fixedDelayString = "${tsunagu.notices.poll:PT5S}", initialDelayString = "PT5S")
    void poll() {
        drain();
    }

    /** Sends batches until none is full. */
    int drain() {
        int sent = 0;
        try {
            int n;
            do {
                n = sendBatch();
                sent += n;
            } while (n == BATCH);
        } catch (RuntimeException e) {
            // The database is away; the next poll tries again.
            log.warn("Notice sender: {}", e.getMessage());
        }
        return sent;
    }

    private record Message(
            long id,
            String channel,
            String address,
            String subject,
            String text,
            String html,
            String link,
            int attempts,
            String url,
            String token) {}

    private int sendBatch() {
        Integer n = tx.execute(status -> {
            Instant now = clock.instant();
            List<Message> due = jdbc.query(
                    "select o.id, o.channel, o.address, o.subject, o.body_text, o.body_html, o.link, "
                            + "o.attempts, c.url, c.token from notice_outbox o left join notice_channel c on c.id = o.channel_id "
                            + "where o.status = 'PENDING' and o.next_attempt_at <= ? order by o.next_attempt_at, o.id limit ? "
                            + "for update of o skip locked",
                    (rs, i) -> new Message(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getInt(8),
                            rs.getString(9),
                            rs.getString(10)),
                    Timestamp.from(now),
                    BATCH);
            for (Message m : due) {
                try {
                    deliver(m);
                    jdbc.update(
                            "update notice_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                                    + "last_error = null where id = ?",
                            Timestamp.from(clock.instant()),
                            m.id());
                } catch (Exception e) {
                    int attempts = m.attempts() + 1;
                    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    if (attempts >= maxAttempts) {
                        jdbc.update(
                                "update notice_outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?",
                                attempts,
                                cut(error),
                                m.id());
                        log.warn(
                                "Notice {} by {} failed for good after {} tries: {}",
                                m.id(),
                                m.channel(),
                                attempts,
                                error);
                    } else {
                        jdbc.update(
                                "update notice_outbox set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?",
                                attempts,
                                cut(error),
                                Timestamp.from(clock.instant().plus(backoff(attempts))),
                                m.id());
                    }
                }
            }
            return due.size();
        });
        return n == null ? 0 : n;
    }

    /** 1×, 2×, 4× … the first wait after each failed try, never more than an hour. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(20, attempts - 1));
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }

    private void deliver(Message m) throws Exception {
        if (m.channel().equals("MAIL")) {
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                throw new IllegalStateException("mail is not configured (spring.mail.host)");
            }
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(mailFrom);
            helper.setTo(m.address());
            helper.setSubject(m.subject());
            helper.setText(m.text(), m.html() == null ? "<pre>" + NoticeTexts.esc(m.text()) + "</pre>" : m.html());
            message.setHeader("X-Tsunagu-Delivery", String.valueOf(m.id()));
            sender.send(message);
            return;
        }
        posts.post(m.id(), m.channel(), m.url(), m.token(), m.subject(), m.text(), m.link());
    }

    static String cut(String text) {
        String t = text == null ? "" : text;
        return t.length() > 900 ? t.substring(0, 900) : t;
    }

    @PreDestroy
    void stop() {
        wakeups.shutdownNow();
    }
}
