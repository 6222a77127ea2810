package jp.tsunagu.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays by the law as it stands (国民の祝日に関する法律), for the years after the official data:
 * the fixed days, the Happy Mondays, the equinoxes by the standard formula (valid 1980–2099), substitute holidays
 * (a holiday on a Sunday moves to the next day that is not one) and citizens' holidays (a day between two holidays).
 * The Cabinet Office fixes each year's equinoxes the February before, so the official data win where they exist.
 */
final class HolidayRules {

    /** The Cabinet Office's name for substitute and citizens' holidays. */
    static final String EXTRA = "休日";

    private static final Map<Integer, Map<LocalDate, String>> YEARS = new ConcurrentHashMap<>();

    private HolidayRules() {}

    static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    /** The year's holidays with their names, in date order. */
    static Map<LocalDate, String> of(int year) {
        return YEARS.computeIfAbsent(year, HolidayRules::compute);
    }

    /** The vernal equinox day of March: floor(20.8431 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4)). */
    static int vernalEquinox(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /** The autumnal equinox day of September: floor(23.2488 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4)). */
    static int autumnalEquinox(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    private static Map<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元日");
        days.put(monday(year, Month.JANUARY, 2), "成人の日");
        days.put(LocalDate.of(year, 2, 11), "建国記念の日");
        days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        days.put(LocalDate.of(year, 3, vernalEquinox(year)), "春分の日");
        days.put(LocalDate.of(year, 4, 29), "昭和の日");
        days.put(LocalDate.of(year, 5, 3), "憲法記念日");
        days.put(LocalDate.of(year, 5, 4), "みどりの日");
        days.put(LocalDate.of(year, 5, 5), "こどもの日");
        days.put(monday(year, Month.JULY, 3), "海の日");
        days.put(LocalDate.of(year, 8, 11), "山の日");
        days.put(monday(year, Month.SEPTEMBER, 3), "敬老の日");
        days.put(LocalDate.of(year, 9, autumnalEquinox(year)), "秋分の日");
        days.put(monday(year, Month.OCTOBER, 2), "スポーツの日");
        days.put(LocalDate.of(year, 11, 3), "文化の日");
        days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        Map<LocalDate, String> national = Map.copyOf(days);
        // A day that is not a holiday or a Sunday, between two national holidays.
        for (LocalDate day : national.keySet()) {
            LocalDate between = day.plusDays(1);
            if (national.containsKey(between.plusDays(1))
                    && !national.containsKey(between)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.put(between, EXTRA);
            }
        }
        // A national holiday on a Sunday: the next day that is not a holiday.
        for (LocalDate day : national.keySet()) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (days.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.put(substitute, EXTRA);
            }
        }
        return Collections.unmodifiableSortedMap(days);
    }

    private static LocalDate monday(int year, Month month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }
}
