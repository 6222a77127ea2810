package jp.tsunagu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.audit.AuditFilter;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The holiday list in the database: the shipped list is there after start-up, an admin's newer Cabinet Office file
 * replaces it (and the business days count with it at once, an audit entry says who), an older one is refused, and
 * supervisors and admins are warned from 90 days before it runs out.
 */
@TsunaguTest
class HolidayServiceTest {

    @Autowired
    HolidayService holidays;

    @Autowired
    JapaneseBusinessCalendar calendar;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void shipped_list_again() {
        ClockUtil.reset();
        TestData.logout();
        jdbc.update("delete from holiday_list");
        holidays.installShipped();
    }

    @Test
    void the_shipped_list_is_in_the_database_after_start_up() {
        assertThat(holidays.info().coversUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(holidays.info().days()).isGreaterThan(1000);
        assertThat(jdbc.queryForObject("select name from holiday where day = date '2026-09-22'", String.class))
                .isEqualTo("休日");
    }

    @Test
    void an_admin_loads_a_newer_list_and_business_days_count_with_it_at_once() throws Exception {
        LocalDate extra = LocalDate.of(2028, 6, 1);
        assertThat(calendar.isBusinessDay(extra)).isTrue();
        TestData.actAs("holiday-admin", AppRoles.ADMIN);
        var info = holidays.load(newerList("2028/6/1,臨時の祝日"), "holiday-admin");
        assertThat(info.coversUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(calendar.isBusinessDay(extra)).isFalse();
        assertThat(audit.page(new AuditFilter(AuditKind.CALENDAR, "holiday-admin", null, null), 0, 5))
                .anyMatch(r -> r.action().equals("holidaysLoaded") && r.detail().contains("2028年まで"));

        assertThatThrownBy(() -> holidays.load(
                        new ByteArrayInputStream("国民の祝日・休日月日,国民の祝日・休日名称\n2027/1/1,元日\n".getBytes(Holidays.SHIFT_JIS)),
                        "holiday-admin"))
                .isInstanceOf(UserFacingException.class)
                .extracting("messageKey")
                .isEqualTo("holidays.older");
        assertThat(calendar.isBusinessDay(extra)).isFalse();
    }

    @Test
    void a_warning_from_ninety_days_before_the_list_runs_out() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ClockUtil.setCurrentTime(
                Date.from(LocalDate.of(2027, 10, 1).atStartOfDay(tokyo).toInstant()));
        assertThat(holidays.runningOut()).isEmpty();
        ClockUtil.setCurrentTime(
                Date.from(LocalDate.of(2027, 10, 3).atStartOfDay(tokyo).toInstant()));
        assertThat(holidays.runningOut()).contains(LocalDate.of(2027, 12, 31));
    }

    private static InputStream newerList(String extraRow) throws Exception {
        String shipped;
        try (InputStream in = Holidays.class.getResourceAsStream(Holidays.SHIPPED)) {
            shipped = new String(in.readAllBytes(), Holidays.SHIFT_JIS);
        }
        return new ByteArrayInputStream((shipped + "2028/1/1,元日\r\n" + extraRow + "\r\n").getBytes(Holidays.SHIFT_JIS));
    }
}
