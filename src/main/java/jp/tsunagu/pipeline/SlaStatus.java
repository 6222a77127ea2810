package jp.tsunagu.pipeline;

/**
 * A task's SLA at a glance: its state, the business minutes left (negative once over the limit), how
 * many minutes the receiving organisation's business day has, and whether the first warning has fired.
 */
public record SlaStatus(SlaState state, long minutesLeft, int minutesPerDay, int warnLevel) {

    /** Time left in business days, one decimal, for badges ("残り 1.5営業日"). */
    public double daysLeft() {
        return Math.round(minutesLeft * 10.0 / minutesPerDay) / 10.0;
    }
}
