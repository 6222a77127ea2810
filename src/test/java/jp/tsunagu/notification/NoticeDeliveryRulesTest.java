package jp.tsunagu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.assignment.OfferLifecycle;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When notices leave the app: at once, in the morning digest (at the person's time, on business days, once a day),
 * or not at all; and the facility's reminder the day before its answer is due, once (the delivery's: BatchRemindersTest).
 */
@TsunaguTest
class NoticeDeliveryRulesTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    NoticePreferences preferences;

    @Autowired
    Digests digests;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Autowired
    OfferService offers;

    @Autowired
    OfferLifecycle lifecycle;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        TestData.logout();
    }

    @Test
    void a_digest_kind_waits_for_the_morning_summary_at_the_persons_time_on_business_days_once() {
        String staff = TestData.unique("digest");
        users.create(staff, "digest-pass-1", "まとめ 受信", AppRoles.INTERMEDIARY);
        jdbc.update(
                "insert into notice_channel (owner, kind, label, url, created_by, created_at) values (?, 'JSON', 'x', "
                        + "'http://127.0.0.1:9/none', 'test', now())",
                "user:" + staff);
        now("2026-12-05T07:00+09:00"); // a Saturday
        notifications.notifyLinked(staff, NoticeKinds.SLA_WARNING, null, "/tasks/1", "channel.test.message", "半分経過");
        notifications.notifyLinked(staff, NoticeKinds.SLA_BREACH, null, "/tasks/1", "channel.test.message", "期限超過");
        assertThat(outboxOf(staff))
                .as("the breach at once, the warning waits")
                .singleElement()
                .satisfies(m -> assertThat((String) m.get("body_text")).contains("期限超過"));

        now("2026-12-05T09:00+09:00");
        digests.sendDue();
        assertThat(outboxOf(staff)).as("no summary on a Saturday").hasSize(1);
        now("2026-12-07T08:15+09:00"); // Monday, before 08:30
        digests.sendDue();
        assertThat(outboxOf(staff)).hasSize(1);
        now("2026-12-07T08:31+09:00");
        digests.sendDue();
        assertThat(outboxOf(staff)).hasSize(2).last().satisfies(m -> {
            assertThat((String) m.get("subject")).isEqualTo("【つなぐ】本日のお知らせ（1件）");
            assertThat((String) m.get("body_text")).contains("半分経過").doesNotContain("期限超過");
        });
        notifications.notifyLinked(staff, NoticeKinds.SLA_WARNING, null, "/tasks/2", "channel.test.message", "二件目");
        now("2026-12-07T11:00+09:00");
        digests.sendDue();
        assertThat(outboxOf(staff)).as("one summary a day").hasSize(2);

        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        preferences.set(NoticeKinds.SLA_BREACH, Delivery.APP);
        notifications.notifyLinked(staff, NoticeKinds.SLA_BREACH, null, "/tasks/3", "channel.test.message", "アプリのみ");
        assertThat(outboxOf(staff)).as("in the app only").hasSize(2);
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        assertThat(notifications.page(0, 10, Locale.JAPANESE)).hasSize(4);
    }

    @Test
    void a_facility_is_told_of_an_offer_and_reminded_once_the_day_before_its_answer_is_due() {
        long facility = data.facility("静岡市");
        String staff = TestData.unique("remind");
        users.create(staff, "remind-pass-1", "ひまわり 職員", AppRoles.FACILITY);
        users.linkFacility(staff, facility);
        // The deal and the offer are made now (other tests read the newest audit entries); only the reminder's
        // checks move the clock, to the day before the answer is due.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate answerBy = today.plusDays(2);
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("リマインド"), WorkCategory.PC);
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        offers.send(dealId, List.of(facility), answerBy);
        assertThat(noticesOf(staff)).as("the offer's arrival").singleElement().satisfies(n -> assertThat(n.get("kind"))
                .isEqualTo(NoticeKinds.OFFER_SENT));

        now(answerBy.minusDays(1) + "T08:00+09:00");
        lifecycle.remindDueOffers();
        assertThat(noticesOf(staff)).hasSize(1);
        now(answerBy.minusDays(1) + "T10:00+09:00");
        lifecycle.remindDueOffers();
        lifecycle.remindDueOffers();
        assertThat(noticesOf(staff)).hasSize(2).last().satisfies(n -> {
            assertThat(n.get("kind")).isEqualTo(NoticeKinds.OFFER_REMINDER);
            assertThat((String) n.get("link")).startsWith("/portal/offers/");
            assertThat((String) n.get("params")).contains(answerBy.toString().replace('-', '/'));
        });
    }

    private List<Map<String, Object>> outboxOf(String user) {
        return jdbc.queryForList("select subject, body_text from notice_outbox where recipient = ? order by id", user);
    }

    private List<Map<String, Object>> noticesOf(String user) {
        return jdbc.queryForList("select kind, link, params from notification where recipient = ? order by id", user);
    }

    private static void now(String instant) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
    }
}
