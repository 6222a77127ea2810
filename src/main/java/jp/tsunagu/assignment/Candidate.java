package jp.tsunagu.assignment;

import java.time.LocalDate;

/**
 * A facility ranked for a job, with the figures behind its score so people can see why it ranks where
 * it does: skills it has of those asked, how fast it answers offers (hours, null if never asked), its workers for the kind of work, its free worker-hours a month
 * in the period (capacity less work already assigned), when it can start, whether it is in the town.
 */
public record Candidate(
        long facilityId,
        String name,
        String municipality,
        int score,
        int skillsHad,
        int skillsAsked,
        int workers,
        int capacityHours,
        int bookedHours,
        LocalDate earliestStart,
        boolean sameTown,
        boolean hub,
        Double answerHours,
        Double errorRate,
        int workersNeeded) {

    /** Whether the facility alone has the workers the job needs; if not, the rest is split to others. */
    public boolean coversWorkers() {
        return workers >= workersNeeded;
    }

    public int freeHours() {
        return Math.max(0, capacityHours - bookedHours);
    }
}
