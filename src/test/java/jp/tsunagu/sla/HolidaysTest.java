package jp.tsunagu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import jp.tsunagu.base.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The holiday list shipped with the app (the Cabinet Office's format) and the law's rules after it: the rules give
 * exactly the official days of the recent years, the equinoxes follow the standard formula (not a library), and a
 * file that is not the list is refused naming what is wrong.
 */
class HolidaysTest {

    private final Holidays shipped = Holidays.shipped();

    @Test
    void the_shipped_list_runs_to_the_end_of_2027_from_1955() {
        assertThat(shipped.official().firstKey()).isEqualTo(LocalDate.of(1955, 1, 1));
        assertThat(shipped.coversUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(shipped.official())
                .containsEntry(LocalDate.of(2026, 9, 22), "休日")
                .containsEntry(LocalDate.of(2026, 5, 6), "休日")
                .containsEntry(LocalDate.of(2027, 3, 22), "休日")
                .doesNotContainKey(LocalDate.of(2026, 12, 23));
    }

    @Test
    void the_rules_give_exactly_the_official_days_of_recent_years() {
        for (int year = 2022; year <= 2027; year++) {
            Map<LocalDate, String> official = new TreeMap<>();
            for (var e : shipped.official().entrySet()) {
                if (e.getKey().getYear() == year) {
                    official.put(e.getKey(), e.getValue());
                }
            }
            assertThat(HolidayRules.of(year)).as("year %d", year).isEqualTo(official);
        }
    }

    @ParameterizedTest(name = "{0}: vernal 3/{1}, autumnal 9/{2}")
    @CsvSource({
        // floor(20.8431 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4)), and 23.2488 for autumn, worked by hand.
        "2026, 20, 23",
        "2027, 21, 23",
        "2030, 20, 23",
        "2031, 21, 23",
        "2032, 20, 22",
        "2044, 20, 22",
        "2055, 21, 23",
    })
    void equinoxes_follow_the_standard_formula(int year, int vernal, int autumnal) {
        assertThat(HolidayRules.vernalEquinox(year)).isEqualTo(vernal);
        assertThat(HolidayRules.autumnalEquinox(year)).isEqualTo(autumnal);
    }

    @ParameterizedTest(name = "{0} is a holiday: {1} ({2})")
    @CsvSource({
        "2031-03-21, true, vernal equinox by the formula (the equinox falls at 04:41 JST that day)",
        "2031-03-20, false, the day before the equinox",
        "2032-09-20, true, Respect for the Aged Day, third Monday",
        "2032-09-21, true, citizens' holiday between two holidays",
        "2032-09-22, true, autumnal equinox by the formula",
        "2033-01-10, true, Coming of Age Day, second Monday",
        "2033-07-18, true, Marine Day, third Monday",
        "2034-09-18, true, Respect for the Aged Day",
        "2034-09-19, false, not between two holidays (the equinox is on the 23rd)",
        "2035-02-12, true, substitute for National Foundation Day on Sunday 2/11",
        "2036-05-06, true, substitute: 5/4 on a Sunday, 5/5 a holiday, so 5/6",
    })
    void after_the_official_list_the_law_s_rules_decide(LocalDate day, boolean holiday, String why) {
        assertThat(shipped.isHoliday(day)).as(why).isEqualTo(holiday);
    }

    @Test
    void a_file_that_is_not_the_list_is_refused_naming_what_is_wrong() {
        assertThat(refusal("date,name\n2026/1/1,元日\n")).isEqualTo("holidays.header");
        assertThat(refusal("国民の祝日・休日月日,国民の祝日・休日名称\n2026/1/1,元日\n2026/13/1,変な日\n"))
                .isEqualTo("holidays.line");
        assertThat(refusal("国民の祝日・休日月日,国民の祝日・休日名称\n")).isEqualTo("holidays.empty");
        assertThat(refusal("国民の祝日・休日月日,国民の祝日・休日名称\n2020/1/1,元日\n")).isEqualTo("holidays.old");
        assertThatThrownBy(() -> Holidays.parse(new ByteArrayInputStream(new byte[] {(byte) 0x82, (byte) 0xFF, 0x0A})))
                .isInstanceOf(UserFacingException.class)
                .extracting("messageKey")
                .isEqualTo("holidays.encoding");
    }

    @Test
    void the_cabinet_office_s_shift_jis_file_and_utf8_with_a_bom_both_read() throws Exception {
        String text = "国民の祝日・休日月日,国民の祝日・休日名称\r\n2028/1/1,元日\r\n2028/1/10,成人の日\r\n";
        Holidays sjis = Holidays.parse(new ByteArrayInputStream(text.getBytes(Holidays.SHIFT_JIS)));
        assertThat(sjis.official()).containsEntry(LocalDate.of(2028, 1, 10), "成人の日");
        assertThat(sjis.coversUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
        byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(Holidays.parse(new ByteArrayInputStream(utf8)).official()).hasSize(2);
    }

    private static String refusal(String csv) {
        try {
            Holidays.parse(new ByteArrayInputStream(csv.getBytes(Holidays.SHIFT_JIS)));
            return "accepted";
        } catch (UserFacingException e) {
            return e.messageKey();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
