package jp.tsunagu.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An inspection's verdict: the error rate (errors ÷ pieces checked, in percent to two places, half up) against
 * the deal's standard; a batch passes when the rate is within it and every check was ticked.
 */
public record Verdict(
        int piecesChecked, int errors, BigDecimal rate, BigDecimal standard, boolean checksDone, boolean passed) {

    public static Verdict of(int piecesChecked, int errors, BigDecimal standard, boolean checksDone) {
        BigDecimal rate =
                BigDecimal.valueOf(errors * 100L).divide(BigDecimal.valueOf(piecesChecked), 2, RoundingMode.HALF_UP);
        return new Verdict(
                piecesChecked, errors, rate, standard, checksDone, checksDone && rate.compareTo(standard) <= 0);
    }

    public boolean rateWithin() {
        return rate.compareTo(standard) <= 0;
    }
}
