package jp.tsunagu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The day before a batch is due, its facility's staff are told once what to deliver by when, with a link to the jobs. */
@TsunaguTest
class BatchRemindersTest {

    @Autowired
    TestData data;

    @Autowired
    BatchReminders reminders;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        TestData.logout();
    }

    @Test
    void the_facility_hears_once_the_day_before_a_batch_is_due() {
        long facility = data.facility("静岡市");
        String staff = TestData.unique("batchfac");
        users.create(staff, "batch-pass-1", "ひまわり 職員", AppRoles.FACILITY);
        users.linkFacility(staff, facility);
        long batch = data.openBatch(facility);
        LocalDate due = jdbc.queryForObject("select due_on from delivery_batch where id = ?", LocalDate.class, batch);

        now(due.minusDays(2) + "T10:00+09:00");
        reminders.remindDue();
        assertThat(batchNotices(staff)).isEmpty();
        now(due.minusDays(1) + "T08:59+09:00");
        reminders.remindDue();
        assertThat(batchNotices(staff)).as("not before 09:00").isEmpty();
        now(due.minusDays(1) + "T09:05+09:00");
        reminders.remindDue();
        reminders.remindDue();
        assertThat(batchNotices(staff)).singleElement().satisfies(n -> {
            assertThat((String) n.get("params"))
                    .contains(due.toString().replace('-', '/'))
                    .contains("100");
            assertThat(n.get("link")).isEqualTo("/portal/jobs");
        });
    }

    private List<Map<String, Object>> batchNotices(String user) {
        return jdbc.queryForList(
                "select link, params from notification where recipient = ? and kind = 'BATCH_DUE'", user);
    }

    private static void now(String instant) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
    }
}
