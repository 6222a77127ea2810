package jp.tsunagu.kpi;

import static jp.tsunagu.base.Texts.blankToNull;

import java.time.LocalDate;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.WorkCategory;

/**
 * Which figures: a fiscal year, and optionally one director's deals, one intermediary staff member's, or one kind
 * of work ({@code null} for all). Wages and the number of registered facilities are per facility and ignore the
 * deal filters; sales cost is the whole company's.
 */
public record KpiFilter(int fiscalYear, String director, String intermediary, WorkCategory category) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public KpiFilter {
        if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            throw new UserFacingException("kpi.year.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        director = blankToNull(director);
        intermediary = blankToNull(intermediary);
    }

    public static KpiFilter year(int fiscalYear) {
        return new KpiFilter(fiscalYear, null, null, null);
    }

    public LocalDate first() {
        return FiscalYears.first(fiscalYear);
    }

    public LocalDate last() {
        return FiscalYears.last(fiscalYear);
    }

    public boolean byPerson() {
        return director != null || intermediary != null;
    }
}
