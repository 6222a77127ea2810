package jp.tsunagu.requirements;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Judges a price the way the training material for workshop managers does:
 * <ul>
 *   <li>hourly sales per supporter (支援者人時売上) = unit price × pieces a supporter does in an hour
 *       (¥3 × 100 = ¥300/h); for a job paid per day, pay per day ÷ hours ÷ supporter-equivalents
 *       (¥4,400 ÷ 5.5 h ÷ 2 = ¥400/h), a month's pay first divided by the days worked;</li>
 *   <li>minimum-wage ratio = hourly sales per supporter ÷ the prefecture's minimum wage;</li>
 *   <li>a worker's hourly sales = unit price × the pieces that worker does in an hour (¥3 × 30 = ¥90/h), or
 *       for time-paid work the supporter's rate scaled by the worker's pace;</li>
 *   <li>a worker's monthly wage = hourly sales × hours a day × days a month (¥90 × 5 × 20 = ¥9,000);</li>
 *   <li>benchmarks: home piece-work pays ¥516/h on national average and ¥380/h at the lowest.</li>
 * </ul>
 */
public final class WageAdvisor {

    /** Home piece-work (内職) pay, national average, yen an hour (MHLW 家内労働のしおり). */
    public static final BigDecimal HOME_WORK_AVERAGE = BigDecimal.valueOf(516);
    /** Home piece-work pay at the lowest, yen an hour. */
    public static final BigDecimal HOME_WORK_FLOOR = BigDecimal.valueOf(380);

    public static final BigDecimal DEFAULT_HOURS_PER_DAY = BigDecimal.valueOf(5);
    public static final int DEFAULT_DAYS_PER_MONTH = 20;

    private static final int SCALE = 10;

    private WageAdvisor() {}

    public static WageFigures judge(WageInputs in) {
        BigDecimal hours = in.hoursPerDay() == null ? DEFAULT_HOURS_PER_DAY : in.hoursPerDay();
        int days = in.daysPerMonth() == null ? DEFAULT_DAYS_PER_MONTH : in.daysPerMonth();
        BigDecimal monthFactor = hours.multiply(BigDecimal.valueOf(days));

        BigDecimal supporter = supporterHourly(in);
        BigDecimal ratio = supporter == null || in.minimumWage() == null || in.minimumWage() <= 0
                ? null
                : supporter
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(in.minimumWage()), SCALE, RoundingMode.HALF_UP);

        BigDecimal fast = workerHourly(in, supporter, in.fastPerHour());
        BigDecimal average = workerHourly(in, supporter, in.averagePerHour());
        BigDecimal slow = workerHourly(in, supporter, in.slowPerHour());

        WageFigures.Level level;
        if (supporter == null) {
            level = WageFigures.Level.UNKNOWN;
        } else if (supporter.compareTo(HOME_WORK_FLOOR) < 0) {
            level = WageFigures.Level.BELOW_FLOOR;
        } else if (supporter.compareTo(HOME_WORK_AVERAGE) < 0) {
            level = WageFigures.Level.BELOW_AVERAGE;
        } else {
            level = WageFigures.Level.AT_OR_ABOVE_AVERAGE;
        }
        return new WageFigures(
                supporter,
                ratio,
                fast,
                average,
                slow,
                times(fast, monthFactor),
                times(average, monthFactor),
                times(slow, monthFactor),
                HOME_WORK_AVERAGE.multiply(monthFactor),
                HOME_WORK_FLOOR.multiply(monthFactor),
                level,
                floorPrice(in));
    }

    /** Yen rounded half up, as the training material's tables show them. */
    public static long yen(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A percentage to one decimal place, rounded half up (15.3%). */
    public static BigDecimal percent(BigDecimal ratio) {
        return ratio.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal supporterHourly(WageInputs in) {
        if (in.unitPrice() == null || in.basis() == null) {
            return null;
        }
        return switch (in.basis()) {
            case PER_PIECE -> in.supporterPerHour() == null
                    ? null
                    : in.unitPrice().multiply(in.supporterPerHour());
            case PER_HOUR -> in.unitPrice();
            case PER_DAY -> perTeamHour(in.unitPrice(), in);
            case PER_MONTH -> in.daysPerMonth() == null || in.daysPerMonth() <= 0
                    ? null
                    : perTeamHour(
                            in.unitPrice().divide(BigDecimal.valueOf(in.daysPerMonth()), SCALE, RoundingMode.HALF_UP),
                            in);
        };
    }

    /** Pay per day ÷ hours ÷ supporter-equivalents: what the day pays one supporter for an hour. */
    private static BigDecimal perTeamHour(BigDecimal perDay, WageInputs in) {
        if (in.teamHoursPerDay() == null
                || in.supporterEquivalents() == null
                || in.teamHoursPerDay().signum() <= 0
                || in.supporterEquivalents().signum() <= 0) {
            return null;
        }
        return perDay.divide(in.teamHoursPerDay().multiply(in.supporterEquivalents()), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal workerHourly(WageInputs in, BigDecimal supporter, BigDecimal workerPerHour) {
        if (workerPerHour == null || in.unitPrice() == null || in.basis() == null) {
            return null;
        }
        if (in.basis() == PricingBasis.PER_PIECE) {
            return in.unitPrice().multiply(workerPerHour);
        }
        // Time-paid work: the worker earns the supporter's rate at the worker's pace.
        if (supporter == null
                || in.supporterPerHour() == null
                || in.supporterPerHour().signum() <= 0) {
            return null;
        }
        return supporter.multiply(workerPerHour).divide(in.supporterPerHour(), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal floorPrice(WageInputs in) {
        if (in.basis() != PricingBasis.PER_PIECE
                || in.supporterPerHour() == null
                || in.supporterPerHour().signum() <= 0) {
            return null;
        }
        return HOME_WORK_FLOOR.divide(in.supporterPerHour(), 2, RoundingMode.CEILING);
    }

    private static BigDecimal times(BigDecimal a, BigDecimal b) {
        return a == null ? null : a.multiply(b);
    }
}
