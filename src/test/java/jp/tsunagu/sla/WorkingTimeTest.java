package jp.tsunagu.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Business-minute arithmetic on a 9:00–18:00 day (540 minutes), expected instants worked out by hand.
 * 3 business days = 1,620 minutes; 10 = 5,400.
 */
class WorkingTimeTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final JapaneseBusinessCalendar national = new JapaneseBusinessCalendar();
    private final WorkingTime office =
            new WorkingTime(national, List.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), TOKYO);

    @ParameterizedTest(name = "{0} + {1} min = {2} ({3})")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-20T17:00+09:00 | 1620 | 2026-11-26T17:00+09:00 | Fri 17:00 + 3 days; Mon 11/23 is a holiday",
                "2026-11-21T15:00+09:00 | 1620 | 2026-11-26T18:00+09:00 | arrives Saturday: counts from Tue 9:00",
                "2026-11-24T20:30+09:00 | 540  | 2026-11-25T18:00+09:00 | arrives after hours: counts from next morning",
                "2026-11-24T07:00+09:00 | 60   | 2026-11-24T10:00+09:00 | arrives before opening",
                "2026-05-01T10:00+09:00 | 1620 | 2026-05-11T10:00+09:00 | Golden Week: 5/2-5/6 closed",
                "2026-12-28T12:00+09:00 | 1620 | 2027-01-04T12:00+09:00 | year end: 360 + 540 + 540, 12/31-1/3 closed, 180 on 1/4",
                "2026-09-18T12:00+09:00 | 540  | 2026-09-24T12:00+09:00 | Silver Week with the citizens' holiday 9/22",
                "2027-03-19T09:00+09:00 | 540  | 2027-03-19T18:00+09:00 | exactly one full day ends the same evening",
                "2026-11-20T17:00+09:00 | 5400 | 2026-12-07T17:00+09:00 | 10 days of light work",
                "2026-11-24T09:00+09:00 | 0    | 2026-11-24T09:00+09:00 | nothing to add",
            })
    void adds_business_minutes(OffsetDateTime from, long minutes, OffsetDateTime expected, String why) {
        assertThat(office.plus(from.toInstant(), minutes)).as(why).isEqualTo(expected.toInstant());
    }

    @ParameterizedTest(name = "{0} to {1} = {2} min ({3})")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-20T17:00+09:00 | 2026-11-26T17:00+09:00 | 1620 | the inverse of the first case above",
                "2026-11-21T10:00+09:00 | 2026-11-23T17:00+09:00 | 0    | a weekend and a holiday count nothing",
                "2026-11-24T08:00+09:00 | 2026-11-24T20:00+09:00 | 540  | one whole day",
                "2026-11-24T12:00+09:00 | 2026-11-24T11:00+09:00 | 0    | backwards is nothing",
                "2026-12-30T09:00+09:00 | 2027-01-04T18:00+09:00 | 1080 | 12/30 and 1/4 only",
            })
    void counts_business_minutes_between(OffsetDateTime from, OffsetDateTime to, long expected, String why) {
        assertThat(office.minutesBetween(from.toInstant(), to.toInstant()))
                .as(why)
                .isEqualTo(expected);
    }

    @Test
    void an_organisations_own_closing_days_and_hours_count_too() {
        WorkingTime intermediary = new WorkingTime(
                national,
                List.of(new WorkingTime.Closing(LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 16))),
                LocalTime.of(8, 30),
                LocalTime.of(17, 15),
                TOKYO);
        assertThat(intermediary.minutesPerDay()).isEqualTo(525);
        assertThat(intermediary.isBusinessDay(LocalDate.of(2026, 8, 14)))
                .as("Obon closing")
                .isFalse();
        assertThat(intermediary.isBusinessDay(LocalDate.of(2026, 8, 17))).isTrue();
        // Wed 8/12 17:00 + one business day (525 min): 15 min left that day, then Mon 8/17 8:30 + 510 min.
        assertThat(intermediary.plus(
                        OffsetDateTime.parse("2026-08-12T17:00+09:00").toInstant(), 525))
                .isEqualTo(OffsetDateTime.parse("2026-08-17T17:00+09:00").toInstant());
    }
}
