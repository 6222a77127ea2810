package jp.tsunagu.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.security.AppRoles;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Minimum wages per prefecture and date: the advisor uses the office's prefecture's wage in force on the day (another
 * prefecture's revision does not count), and says when the newest entry is over a year old.
 */
@TsunaguTest
class MinimumWagesTest {

    @Autowired
    MinimumWages wages;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        ClockUtil.reset();
        TestData.logout();
        jdbc.update("delete from minimum_wage where effective_from >= date '2090-01-01'");
    }

    @Test
    void the_office_s_prefecture_and_the_day_decide_which_wage_is_used() {
        TestData.actAs("wage-admin", AppRoles.ADMIN);
        wages.set(LocalDate.of(2090, 10, 4), 1100, "静岡県");
        wages.set(LocalDate.of(2091, 10, 1), 1200, "東京都");
        wages.set(LocalDate.of(2091, 11, 1), 1150, "静岡県");
        assertThat(wages.prefecture()).isEqualTo("静岡県");

        at(LocalDate.of(2091, 10, 31));
        MinimumWageEntry october = wages.today().orElseThrow();
        assertThat(october.yenPerHour()).isEqualTo(1100);
        assertThat(october.effectiveFrom()).isEqualTo(LocalDate.of(2090, 10, 4));
        assertThat(wages.inForce(LocalDate.of(2091, 11, 1)).orElseThrow().yenPerHour())
                .isEqualTo(1150);
        assertThat(october.outdated()).isFalse();

        // A year and more after the newest entry, the advisor says a revision is probably missing.
        at(LocalDate.of(2092, 11, 2));
        assertThat(wages.today().orElseThrow().outdated()).isTrue();
        assertThat(wages.all()).extracting(MinimumWageEntry::prefecture).contains("東京都", "静岡県");
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(
                Date.from(day.atTime(12, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant()));
    }
}
