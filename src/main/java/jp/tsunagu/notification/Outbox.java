package jp.tsunagu.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Messages to send, written in the transaction of what caused them: a rolled-back change leaves none. The sender
 * delivers them after commit.
 */
@Component
class Outbox {

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void mail(Long noticeId, String recipient, String address, NoticeText text, Instant now) {
        jdbc.update(
                "insert into notice_outbox (notification_id, recipient, channel, address, subject, body_text, body_html, "
                        + "link, next_attempt_at, created_at) values (?, ?, 'MAIL', ?, ?, ?, ?, ?, ?, ?)",
                noticeId,
                recipient,
                address,
                text.subject(),
                text.plain(),
                text.html(),
                text.link(),
                Timestamp.from(now),
                Timestamp.from(now));
    }

    /** A chat message; {@code dedupeKey} (organisation channels) keeps one message per event on that channel. */
    void chat(Long noticeId, String recipient, NoticeChannel channel, String dedupeKey, NoticeText text, Instant now) {
        jdbc.update(
                "insert into notice_outbox (notification_id, recipient, channel, channel_id, dedupe_key, subject, "
                        + "body_text, link, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing",
                noticeId,
                recipient,
                channel.kind().name(),
                channel.id(),
                dedupeKey,
                text.subject(),
                text.chat(),
                text.link(),
                Timestamp.from(now),
                Timestamp.from(now));
    }
}
