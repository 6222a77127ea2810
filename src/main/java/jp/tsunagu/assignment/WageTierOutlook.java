package jp.tsunagu.assignment;

import java.util.Collection;
import java.util.Map;

/**
 * What a deal's job would do to each facility's average monthly wage and reward band, answered by the feature that
 * keeps those figures; assignment shows it in the ranking and on the offer, and never depends on that feature.
 */
public interface WageTierOutlook {

    /**
     * For each facility with figures, the outlook if it took the whole job; facilities without figures, and a job
     * whose sheet does not give a month's pay, are absent.
     */
    Map<Long, Outlook> forDeal(long dealId, Collection<Long> facilityIds);

    /**
     * @param before        the average monthly wage now (yen)
     * @param after         with the job's pay (yen)
     * @param nextBandFrom  where the band above the one {@code after} falls in starts (null at the top)
     * @param movesUp       whether the job lifts the facility into a higher band
     * @param targetReached whether it takes the facility to its own wage target
     * @param unitsPerDay   units a day per user it adds
     * @param yenPerYear    those units over a year's user-days, in yen
     */
    record Outlook(
            long before,
            long after,
            Integer nextBandFrom,
            boolean movesUp,
            boolean targetReached,
            int unitsPerDay,
            long yenPerYear) {

        /** The message that says it in a line (the bundle's {@code tier.*}), with {@link #messageParams()}. */
        public String messageKey() {
            if (movesUp && targetReached) {
                return "tier.up.target";
            }
            if (movesUp || targetReached) {
                return movesUp ? "tier.up" : "tier.target";
            }
            return nextBandFrom == null ? "tier.same.top" : "tier.same";
        }

        /** Before, after, and the units and yen it adds or the yen a month still to the next band; grouped. */
        public Object[] messageParams() {
            String b = String.format("%,d", before);
            String a = String.format("%,d", after);
            if (movesUp || targetReached) {
                return new Object[] {b, a, unitsPerDay, String.format("%,d", yenPerYear)};
            }
            return nextBandFrom == null
                    ? new Object[] {b, a}
                    : new Object[] {b, a, String.format("%,d", nextBandFrom - after)};
        }
    }
}
