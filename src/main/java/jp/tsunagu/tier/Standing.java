package jp.tsunagu.tier;

import java.util.Optional;

/**
 * Where a facility stands: its figures over the last twelve months entered, its average monthly wage, the table that
 * applies and its band, and how far the next band and its own target are.
 *
 * @param profile   staffing, places and target, or null when not entered yet
 * @param year      the months counted (up to twelve, ending with the newest entered), or null when none
 * @param table     the reward table for its staffing and places, or null when none applies
 * @param monthly   the average monthly wage, or null without figures
 */
public record Standing(Profile profile, AverageWage year, RewardBands table, Long monthly) {

    /** What decides a facility's table, and its own wage target (null when it has none). */
    public record Profile(String staffing, int places, Integer wageTarget, long version) {}

    public Optional<RewardBands.Band> band() {
        return table == null || monthly == null ? Optional.empty() : Optional.of(table.of(monthly));
    }

    /** Yen a month the average wage lacks to reach the next band. */
    public Optional<Long> toNextBand() {
        return band().flatMap(b -> table.upTo(b)).map(next -> next - monthly);
    }

    /** Yen a month the average wage lacks to reach the facility's target; empty when reached or none is set. */
    public Optional<Long> toTarget() {
        if (profile == null || profile.wageTarget() == null || monthly == null || monthly >= profile.wageTarget()) {
            return Optional.empty();
        }
        return Optional.of(profile.wageTarget() - monthly);
    }
}
