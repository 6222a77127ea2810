package jp.tsunagu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business days in Japan, with the expected dates worked out by hand from the calendar. */
class JapaneseBusinessCalendarTest {

    private final JapaneseBusinessCalendar calendar = new JapaneseBusinessCalendar();

    @ParameterizedTest(name = "{0} + {1} business days = {2} ({3})")
    @CsvSource({
        "2026-11-20, 1, 2026-11-24, Fri; Mon 11/23 is Labour Thanksgiving Day",
        "2026-11-21, 1, 2026-11-24, Saturday counts from the next business day",
        "2026-05-01, 1, 2026-05-07, Golden Week: 5/3 Sun, 5/4, 5/5, and 5/6 substitute holiday",
        "2026-04-28, 2, 2026-05-01, 4/29 Shōwa Day in the middle",
        "2026-09-18, 1, 2026-09-24, Silver Week: 9/21 Respect for the Aged, 9/22 citizens' holiday, 9/23 equinox",
        "2027-03-19, 1, 2027-03-23, 3/22 is the substitute for the equinox on Sunday 3/21",
        "2026-12-30, 1, 2027-01-04, year end: closed 12/31 to 1/3",
        "2026-12-28, 3, 2027-01-04, across the year end",
        "2026-07-17, 1, 2026-07-21, 7/20 Marine Day",
        "2026-11-24, 0, 2026-11-24, zero days is the same day",
    })
    void counts_business_days_across_holidays(LocalDate start, int days, LocalDate expected, String why) {
        assertThat(calendar.plusBusinessDays(start, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a business day: {1}")
    @CsvSource({
        "2026-02-23, false", // Emperor's Birthday (Jollyday misses it)
        "2026-03-20, false", // Vernal Equinox Day
        "2026-05-06, false", // substitute holiday
        "2026-09-22, false", // citizens' holiday between two holidays
        "2026-12-23, true", // no longer a holiday since 2019
        "2026-11-25, true",
        "2027-01-01, false",
    })
    void knows_which_days_are_closed(LocalDate date, boolean businessDay) {
        assertThat(calendar.isBusinessDay(date)).isEqualTo(businessDay);
    }
}
