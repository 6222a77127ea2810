package jp.tsunagu.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.VolumeUnit;

/**
 * What a job pays a facility over the months it runs in a year, from its requirements sheet: the price times the
 * volume a month (pieces at a piece price, hours at an hourly price, or a monthly price), for the months from its
 * start to its due date (a year at most; a year when the dates are not known yet).
 */
final class JobPay {

    private JobPay() {}

    /** The job's pay a month, in yen; empty when the sheet does not say it in a way that gives a month's pay. */
    static Optional<Long> monthly(RequirementsForm f) {
        BigDecimal price = f.getUnitPrice();
        if (price == null || f.getPricingBasis() == null) {
            return Optional.empty();
        }
        if (f.getPricingBasis() == PricingBasis.PER_MONTH) {
            return Optional.of(price.setScale(0, RoundingMode.HALF_UP).longValue());
        }
        boolean matches = f.getPricingBasis() == PricingBasis.PER_PIECE
                        && f.getVolumeUnit() == VolumeUnit.PIECES_PER_MONTH
                || f.getPricingBasis() == PricingBasis.PER_HOUR && f.getVolumeUnit() == VolumeUnit.HOURS_PER_MONTH;
        if (!matches || f.getVolume() == null) {
            return Optional.empty();
        }
        return Optional.of(
                price.multiply(f.getVolume()).setScale(0, RoundingMode.HALF_UP).longValue());
    }

    /** The months of a year the job runs: from start to due date, started months counted, 1 to 12. */
    static int months(RequirementsForm f) {
        LocalDate start = f.getStartOn();
        LocalDate due = f.getDeliveryDueOn();
        if (start == null || due == null || due.isBefore(start)) {
            return 12;
        }
        long months = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), due.withDayOfMonth(1)) + 1;
        return (int) Math.max(1, Math.min(12, months));
    }
}
