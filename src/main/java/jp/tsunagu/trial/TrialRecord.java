package jp.tsunagu.trial;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.pipeline.Outcome;

/**
 * The deal's current trial round with each assigned facility's result and what follows from it: pieces per
 * worker-hour, the error rate against the deal's quality standard, and the hourly sales per worker at the
 * unit price (when the price is per piece).
 */
public record TrialRecord(
        long dealId,
        Long trialId,
        long version,
        int round,
        Integer sampleQuantity,
        LocalDate dueOn,
        String instructions,
        Outcome evaluation,
        String evaluatedBy,
        Instant evaluatedAt,
        BigDecimal acceptedErrorRate,
        BigDecimal unitPrice,
        List<Result> results) {

    /** One assigned facility; {@code recorded} false while its result is not in. */
    public record Result(
            long facilityId,
            String facilityName,
            boolean recorded,
            int piecesDone,
            int minutesTaken,
            int workers,
            int errors,
            String note,
            BigDecimal errorRate,
            BigDecimal piecesPerWorkerHour,
            BigDecimal hourlySales,
            Boolean withinStandard,
            Long version) {}

    public boolean planned() {
        return trialId != null;
    }

    public long missing() {
        return results.stream().filter(r -> !r.recorded()).count();
    }
}
