package jp.tsunagu.base;

import java.time.LocalDate;
import java.time.YearMonth;

/** Japanese public programmes count the year from April: FY2026 runs from 2026/04/01 to 2027/03/31. */
public final class FiscalYears {

    private FiscalYears() {
    }

    /** The fiscal year a month belongs to (March 2027 is FY2026). */
    public static int of(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    /** The first day of the fiscal year the day belongs to. */
    public static LocalDate startOf(LocalDate day) {
        return LocalDate.of(of(YearMonth.from(day)), 4, 1);
    }
}
