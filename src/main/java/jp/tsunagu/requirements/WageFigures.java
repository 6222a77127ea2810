package jp.tsunagu.requirements;

import java.math.BigDecimal;

/**
 * What a price means for the people doing the work. Hourly and monthly amounts are in yen (unrounded; the
 * screen rounds half up as the training material does); the minimum-wage ratio is a percentage. A figure
 * the inputs do not allow is {@code null}.
 *
 * @param floorPrice the lowest unit price at which a supporter's hourly sales reach the home piece-work floor
 */
public record WageFigures(
        BigDecimal supporterHourly,
        BigDecimal minimumWageRatio,
        BigDecimal fastHourly,
        BigDecimal averageHourly,
        BigDecimal slowHourly,
        BigDecimal fastMonthly,
        BigDecimal averageMonthly,
        BigDecimal slowMonthly,
        BigDecimal benchmarkAverageMonthly,
        BigDecimal benchmarkFloorMonthly,
        Level level,
        BigDecimal floorPrice) {

    /** Where the supporter's hourly sales stand against home piece-work (内職) pay. */
    public enum Level {
        /** Not enough inputs to say. */
        UNKNOWN,
        /** Below ¥380/h, the lowest home piece-work pay: the price should be renegotiated. */
        BELOW_FLOOR,
        /** Between the floor and the ¥516/h national average. */
        BELOW_AVERAGE,
        /** At or above the national average. */
        AT_OR_ABOVE_AVERAGE
    }

    public boolean belowFloor() {
        return level == Level.BELOW_FLOOR;
    }
}
