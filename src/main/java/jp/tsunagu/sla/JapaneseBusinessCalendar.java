package jp.tsunagu.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Japanese business days: weekends, the national holidays (the official list, then the law's rules; see
 * {@link Holidays}) and the New Year closing 12/31–1/3.
 */
@Component
public class JapaneseBusinessCalendar {

    private final Supplier<Holidays> holidays;

    /** With the list shipped with the app (tests, tools). */
    public JapaneseBusinessCalendar() {
        Holidays shipped = Holidays.shipped();
        this.holidays = () -> shipped;
    }

    /** With the list in force in the database. */
    @Autowired
    JapaneseBusinessCalendar(HolidayService holidays) {
        this.holidays = holidays::current;
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        if (date.getMonthValue() == 12 && date.getDayOfMonth() == 31
                || date.getMonthValue() == 1 && date.getDayOfMonth() <= 3) {
            return false;
        }
        return !holidays.get().isHoliday(date);
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
            if (isBusinessDay(date)) {
                left--;
            }
        }
        return date;
    }
}
