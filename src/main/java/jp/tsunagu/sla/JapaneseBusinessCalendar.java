package jp.tsunagu.sla;

import one.cafebabe.businesscalendar4j.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Japanese business days: weekends, national holidays with substitute and citizens' holidays (from
 * businessCalendar4j, which bundles the Cabinet Office data), and the New Year closing 12/31–1/3.
 */
@Component
public class JapaneseBusinessCalendar {

    private final BusinessCalendar calendar = BusinessCalendar.newBuilder()
            .holiday(BusinessCalendar.JAPAN.PUBLIC_HOLIDAYS,
                    BusinessCalendar.JAPAN.CLOSED_ON_NEW_YEARS_EVE,
                    BusinessCalendar.JAPAN.CLOSED_ON_NEW_YEARS_HOLIDAYS,
                    BusinessCalendar.CLOSED_ON_SATURDAYS_AND_SUNDAYS)
            .build();

    public boolean isBusinessDay(LocalDate date) {
        return calendar.isBusinessDay(date);
    }

    /**
     * The date {@code days} business days after {@code start}. Work that arrives on a closed day counts
     * from the next business day, so 1 business day after a Saturday is the Tuesday.
     */
    public LocalDate plusBusinessDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (calendar.isBusinessDay(date)) {
                left--;
            }
        }
        return date;
    }
}
