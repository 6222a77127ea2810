package jp.tsunagu.requirements;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The pace part of a requirements sheet: pieces per hour for a supporter and for fast, average and slow workers,
 * the working day and month, and the team's hours: what the wage advisor computes a worker's wage from.
 */
public abstract class RequirementsPace {

    @DecimalMin(value = "0", inclusive = false, message = "{req.pace.range}")
    @DecimalMax(value = "100000", message = "{req.pace.range}")
    @Digits(integer = 9, fraction = 1, message = "{req.decimal1}")
    private BigDecimal supporterPerHour;

    @DecimalMin(value = "0", message = "{req.pace.range}")
    @DecimalMax(value = "100000", message = "{req.pace.range}")
    @Digits(integer = 9, fraction = 1, message = "{req.decimal1}")
    private BigDecimal fastPerHour;

    @DecimalMin(value = "0", message = "{req.pace.range}")
    @DecimalMax(value = "100000", message = "{req.pace.range}")
    @Digits(integer = 9, fraction = 1, message = "{req.decimal1}")
    private BigDecimal averagePerHour;

    @DecimalMin(value = "0", message = "{req.pace.range}")
    @DecimalMax(value = "100000", message = "{req.pace.range}")
    @Digits(integer = 9, fraction = 1, message = "{req.decimal1}")
    private BigDecimal slowPerHour;

    @NotNull(message = "{req.hours.range}")
    @DecimalMin(value = "0", inclusive = false, message = "{req.hours.range}")
    @DecimalMax(value = "24", message = "{req.hours.range}")
    @Digits(integer = 2, fraction = 1, message = "{req.decimal1}")
    private BigDecimal hoursPerDay = WageAdvisor.DEFAULT_HOURS_PER_DAY;

    @NotNull(message = "{req.days.range}")
    @Min(value = 1, message = "{req.days.range}")
    @Max(value = 31, message = "{req.days.range}")
    private Integer daysPerMonth = WageAdvisor.DEFAULT_DAYS_PER_MONTH;

    @DecimalMin(value = "0", inclusive = false, message = "{req.hours.range}")
    @DecimalMax(value = "24", message = "{req.hours.range}")
    @Digits(integer = 2, fraction = 1, message = "{req.decimal1}")
    private BigDecimal teamHoursPerDay;

    @DecimalMin(value = "0", inclusive = false, message = "{req.equivalents.range}")
    @DecimalMax(value = "1000", message = "{req.equivalents.range}")
    @Digits(integer = 4, fraction = 1, message = "{req.decimal1}")
    private BigDecimal supporterEquivalents;

    public BigDecimal getSupporterPerHour() {
        return supporterPerHour;
    }

    public void setSupporterPerHour(BigDecimal supporterPerHour) {
        this.supporterPerHour = supporterPerHour;
    }

    public BigDecimal getFastPerHour() {
        return fastPerHour;
    }

    public void setFastPerHour(BigDecimal fastPerHour) {
        this.fastPerHour = fastPerHour;
    }

    public BigDecimal getAveragePerHour() {
        return averagePerHour;
    }

    public void setAveragePerHour(BigDecimal averagePerHour) {
        this.averagePerHour = averagePerHour;
    }

    public BigDecimal getSlowPerHour() {
        return slowPerHour;
    }

    public void setSlowPerHour(BigDecimal slowPerHour) {
        this.slowPerHour = slowPerHour;
    }

    public BigDecimal getHoursPerDay() {
        return hoursPerDay;
    }

    public void setHoursPerDay(BigDecimal hoursPerDay) {
        this.hoursPerDay = hoursPerDay;
    }

    public Integer getDaysPerMonth() {
        return daysPerMonth;
    }

    public void setDaysPerMonth(Integer daysPerMonth) {
        this.daysPerMonth = daysPerMonth;
    }

    public BigDecimal getTeamHoursPerDay() {
        return teamHoursPerDay;
    }

    public void setTeamHoursPerDay(BigDecimal teamHoursPerDay) {
        this.teamHoursPerDay = teamHoursPerDay;
    }

    public BigDecimal getSupporterEquivalents() {
        return supporterEquivalents;
    }

    public void setSupporterEquivalents(BigDecimal supporterEquivalents) {
        this.supporterEquivalents = supporterEquivalents;
    }
}
