package jp.tsunagu.assignment;

import java.time.LocalDate;
import java.util.Set;
import jp.tsunagu.deal.WorkCategory;

/**
 * What a job needs: kind of work, skills, workers, worker-hours a month, the period, and for off-site work
 * the municipality where it is done.
 */
public record MatchRequest(
        WorkCategory category,
        Set<Long> skillIds,
        int workersNeeded,
        int hoursPerMonth,
        LocalDate start,
        LocalDate end,
        String municipality) {

    /** What is known of a deal before its requirements are settled: the kind of work, from today, a month. */
    public static MatchRequest forCategory(WorkCategory category, LocalDate today) {
        return new MatchRequest(category, Set.of(), 1, 1, today, today.plusMonths(1), null);
    }
}
