package jp.tsunagu.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a job's pay does to a facility's average monthly wage and its reward: the wage and band before and after,
 * whether it reaches the facility's own target, and the units a day per user that adds, in yen over a year at the
 * facility's user-days.
 *
 * @param addedWages     the job's pay to the facility over the months counted (a year at most)
 * @param before         the average monthly wage now
 * @param after          the same with the job's pay
 * @param bandBefore     the band now
 * @param bandAfter      the band with the job
 * @param nextBandFrom   where the band above {@code bandAfter} starts, or null at the top
 * @param targetReached  whether the job takes the wage to the facility's target, which it has not reached yet
 * @param unitsPerDay    units a day per user the job adds (a band up and the target bonus)
 * @param yenPerYear     those units over a year's user-days, at the yen per unit set
 */
public record TierEffect(
        long addedWages,
        long before,
        long after,
        RewardBands.Band bandBefore,
        RewardBands.Band bandAfter,
        Integer nextBandFrom,
        boolean targetReached,
        int unitsPerDay,
        BigDecimal yenPerYear) {

    /** Whether the job lifts the facility into a higher band. */
    public boolean movesUp() {
        return bandAfter.wageFrom() > bandBefore.wageFrom();
    }

    /**
     * The effect of {@code addedWages} on a facility with these figures: empty without figures (no user-days or
     * days open).
     */
    public static Optional<TierEffect> of(
            AverageWage year, RewardBands bands, Integer wageTarget, long addedWages, BigDecimal yenPerUnit) {
        Optional<Long> now = year.monthly();
        Optional<Long> with = year.monthlyWith(addedWages);
        if (now.isEmpty() || with.isEmpty()) {
            return Optional.empty();
        }
        RewardBands.Band b0 = bands.of(now.get());
        RewardBands.Band b1 = bands.of(with.get());
        boolean target = wageTarget != null && wageTarget > 0 && now.get() < wageTarget && with.get() >= wageTarget;
        int units = b1.units() - b0.units() + (target ? bands.targetBonusUnits() : 0);
        // A year's user-days: those counted, scaled to twelve months.
        BigDecimal userDaysYear = BigDecimal.valueOf(year.userDays())
                .multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(year.months()), 0, RoundingMode.HALF_UP);
        BigDecimal yen = userDaysYear.multiply(BigDecimal.valueOf(units)).multiply(yenPerUnit);
        return Optional.of(new TierEffect(
                addedWages, now.get(), with.get(), b0, b1, bands.upTo(b1).orElse(null), target, units, yen));
    }
}
