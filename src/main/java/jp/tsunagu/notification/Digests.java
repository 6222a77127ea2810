package jp.tsunagu.notification;

import java.sql.Date;
import java.sql.Time;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import jp.tsunagu.Application;
import jp.tsunagu.security.Person;
import jp.tsunagu.security.UserDirectory;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning digest: on each business day, at the time each person chose (08:30 unless they changed it), one mail
 * (and one message to their own chat channels) with every notice they asked to read then. One node makes them (a
 * transaction-scoped advisory lock), each person's once a day.
 */
@Component
class Digests {

    private static final ZoneId TOKYO = Application.TOKYO;
    private static final long LOCK = 0x7473756e61677544L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final UserDirectory users;
    private final NoticeTexts texts;
    private final ObjectProvider<NotificationService> notifications;
    private final ObjectProvider<BusinessDays> businessDays;
    private final Clock clock;

    Digests(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            UserDirectory users,
            NoticeTexts texts,
            ObjectProvider<NotificationService> notifications,
            ObjectProvider<BusinessDays> businessDays,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.users = users;
        this.texts = texts;
        this.notifications = notifications;
        this.businessDays = businessDays;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${tsunagu.notices.digest-poll:PT1M}",
            initialDelayString = "${tsunagu.notices.digest-poll:PT1M}")
    void run() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Digests.class).warn("Digest: {}", e.getMessage());
        }
    }

    /** Makes the digests due now; returns how many. */
    int sendDue() {
        Integer made = tx.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                return 0;
            }
            Instant now = clock.instant();
            ZonedDateTime local = now.atZone(TOKYO);
            LocalDate today = local.toLocalDate();
            BusinessDays days = businessDays.getIfAvailable();
            if (days != null ? !days.isBusinessDay(today) : today.getDayOfWeek().getValue() >= 6) {
                return 0;
            }
            List<String> due = jdbc.queryForList(
                    "select u.username from app_user u where u.enabled and u.digest_time <= ? "
                            + "and (u.digest_sent_on is null or u.digest_sent_on < ?) and exists (select 1 from notification n "
                            + "where n.recipient = u.username and n.digest_pending)",
                    String.class,
                    Time.valueOf(local.toLocalTime().withNano(0)),
                    Date.valueOf(today));
            for (String username : due) {
                Person person = users.person(username).orElseThrow();
                List<Map<String, Object>> items = jdbc.queryForList(
                        "select id, message_key, params, link, created_at "
                                + "from notification where recipient = ? and digest_pending order by created_at, id limit 200",
                        username);
                notifications.getObject().enqueueDigest(person, texts.digest(person, items), now);
                jdbc.update(
                        "update notification set digest_pending = false where recipient = ? and digest_pending",
                        username);
                jdbc.update("update app_user set digest_sent_on = ? where username = ?", Date.valueOf(today), username);
            }
            return due.size();
        });
        return made == null ? 0 : made;
    }

    static LocalTime defaultTime() {
        return LocalTime.of(8, 30);
    }
}
