package jp.tsunagu.requirements;

import java.math.BigDecimal;

/**
 * What the wage advisor needs: the price and what it is paid for, how many pieces an hour a supporter and
 * fast, average and slow workers do, the working pattern, and for a job paid per day or month the team's
 * hours a day and its size in supporter-equivalents. Any of them may still be unknown ({@code null}).
 */
public record WageInputs(
        BigDecimal unitPrice,
        PricingBasis basis,
        BigDecimal supporterPerHour,
        BigDecimal fastPerHour,
        BigDecimal averagePerHour,
        BigDecimal slowPerHour,
        BigDecimal hoursPerDay,
        Integer daysPerMonth,
        BigDecimal teamHoursPerDay,
        BigDecimal supporterEquivalents,
        Integer minimumWage) {}
