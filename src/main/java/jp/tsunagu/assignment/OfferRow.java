package jp.tsunagu.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** An offer as the workspace and the facility portal list it. */
public record OfferRow(
        long id,
        long dealId,
        String dealTitle,
        long facilityId,
        String facilityName,
        OfferStatus status,
        LocalDate answerDeadline,
        Integer quantity,
        Integer hoursPerMonth,
        LocalDate startOn,
        String declineReason,
        String answeredBy,
        Instant answeredAt,
        Integer offeredQuantity,
        Integer offeredHours) {

    /** Whether the offer says how much it asks of the facility (then "accept" takes that share). */
    public boolean carriesShare() {
        return offeredQuantity != null && offeredHours != null;
    }
}
