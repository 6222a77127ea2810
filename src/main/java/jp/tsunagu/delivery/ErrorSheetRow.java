package jp.tsunagu.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * One line of the error-rate sheet: a facility's inspections on one deal in one month (or, with no deal and
 * month, its total over the period): inspections, how many failed, pieces checked, errors by kind, the rate.
 */
public record ErrorSheetRow(
        LocalDate month,
        long facilityId,
        String facilityName,
        Long dealId,
        String dealTitle,
        int inspections,
        int failed,
        long piecesChecked,
        long errors,
        Map<String, Long> errorsByType) {

    /** Errors ÷ pieces checked, in percent to two places (half up). */
    public BigDecimal rate() {
        return piecesChecked == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(errors * 100).divide(BigDecimal.valueOf(piecesChecked), 2, RoundingMode.HALF_UP);
    }

    public boolean isTotal() {
        return dealId == null;
    }
}
