package jp.tsunagu.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A facility's 平均工賃月額 over a year as the reward rules define it: the wages paid in the year divided by the
 * average number of users a day (user-days ÷ days open), divided by the months counted (12 for a whole year), yen
 * below one cut off.
 *
 * @param wagesPaid the wages paid to users for all the facility's work, in yen
 * @param userDays  user-days (延べ利用者数) in those months
 * @param daysOpen  days open (開所日数) in those months
 * @param months    the months the figures cover (1 to 12)
 */
public record AverageWage(long wagesPaid, long userDays, long daysOpen, int months) {

    /** The figure, or empty when no user came or the facility was never open. */
    public Optional<Long> monthly() {
        return monthlyWith(0);
    }

    /** The figure with {@code addedWages} more paid in the same months to the same users. */
    public Optional<Long> monthlyWith(long addedWages) {
        if (userDays <= 0 || daysOpen <= 0 || months <= 0) {
            return Optional.empty();
        }
        BigDecimal usersPerDay =
                BigDecimal.valueOf(userDays).divide(BigDecimal.valueOf(daysOpen), 10, RoundingMode.HALF_UP);
        return Optional.of(BigDecimal.valueOf(wagesPaid + addedWages)
                .divide(usersPerDay, 10, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(months), 0, RoundingMode.DOWN)
                .longValueExact());
    }

    /** Users a day on average (user-days ÷ days open), to two decimals. */
    public BigDecimal usersPerDay() {
        return daysOpen <= 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(userDays).divide(BigDecimal.valueOf(daysOpen), 2, RoundingMode.HALF_UP);
    }
}
