package jp.tsunagu.notification;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins watch of the outbox: the messages that failed for good (to send again), and how many wait. */
@Service
public class NoticeDeliveries {

    private final JdbcTemplate jdbc;
    private final NoticeSender sender;
    private final Clock clock;

    NoticeDeliveries(JdbcTemplate jdbc, NoticeSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<DeliveryRow> failed(int limit) {
        return jdbc.query(
                "select id, created_at, recipient, channel, subject, status, attempts, last_error from notice_outbox "
                        + "where status = 'FAILED' order by created_at desc, id desc limit ?",
                (rs, i) -> new DeliveryRow(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8)),
                Math.max(1, Math.min(500, limit)));
    }

    /** Messages waiting to go out, and of them those that failed at least once. */
    public record Waiting(long pending, long retrying) {}

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public Waiting waiting() {
        return jdbc.queryForObject(
                "select count(*), count(*) filter (where attempts > 0) from notice_outbox "
                        + "where status = 'PENDING'",
                (rs, i) -> new Waiting(rs.getLong(1), rs.getLong(2)));
    }

    /** Sends a failed message again, from the first try. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void retry(long id) {
        int updated = jdbc.update(
                "update notice_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? "
                        + "where id = ? and status = 'FAILED'",
                Timestamp.from(clock.instant()),
                id);
        if (updated == 0) {
            throw UserFacingException.notFound("delivery.notFound");
        }
        sender.wakeAfterCommit();
    }
}
