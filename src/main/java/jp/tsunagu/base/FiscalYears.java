package jp.tsunagu.base;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Japanese public programmes count the year from April: FY2026 runs from 2026/04/01 to 2027/03/31. The start
 * month is a setting ({@code tsunagu.fiscal-year.start-month}); a year is named after the calendar year it starts in.
 */
public final class FiscalYears {

    private static volatile int startMonth = 4;

    private FiscalYears() {}

    /** Set once at start-up from the configuration. */
    public static void setStartMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("tsunagu.fiscal-year.start-month must be 1 to 12, not " + month);
        }
        startMonth = month;
    }

    public static int startMonth() {
        return startMonth;
    }

    /** The fiscal year a month belongs to (March 2027 is FY2026). */
    public static int of(YearMonth month) {
        return month.getMonthValue() >= startMonth ? month.getYear() : month.getYear() - 1;
    }

    /** The first day of the fiscal year the day belongs to. */
    public static LocalDate startOf(LocalDate day) {
        return first(of(YearMonth.from(day)));
    }

    /** The first day of a fiscal year. */
    public static LocalDate first(int fiscalYear) {
        return LocalDate.of(fiscalYear, startMonth, 1);
    }

    /** The last day of a fiscal year. */
    public static LocalDate last(int fiscalYear) {
        return first(fiscalYear).plusYears(1).minusDays(1);
    }

    /** The twelve months of a fiscal year, in order. */
    public static List<YearMonth> months(int fiscalYear) {
        YearMonth first = YearMonth.from(first(fiscalYear));
        return IntStream.range(0, 12).mapToObj(first::plusMonths).toList();
    }
}
