package jp.tsunagu.wages;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One facility and month of the wage ledger: what the programme paid for accepted work, who took part and for how
 * long, and so the monthly wage per worker and per hour, next to the facility's wage before it joined. A
 * {@code null} month is the facility's figure over the whole period (paid ÷ worker-months).
 */
public record LedgerRow(
        LocalDate month,
        long facilityId,
        String facilityName,
        long paid,
        int batches,
        long acceptedQuantity,
        Integer workers,
        BigDecimal hours,
        Long perWorker,
        Long perHour,
        Integer wageBefore,
        Integer wageBeforeYear) {

    public boolean isTotal() {
        return month == null;
    }

    /** Paid work without the month's workers entered: the wage per worker cannot be known yet. */
    public boolean workersMissing() {
        return paid > 0 && (workers == null || workers == 0);
    }

    /** The programme's monthly wage per worker less the wage before; {@code null} while either is unknown. */
    public Long difference() {
        return perWorker == null || wageBefore == null ? null : perWorker - wageBefore;
    }
}
