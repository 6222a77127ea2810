package jp.tsunagu.assignment;

/** One facility's share of a job: pieces (or units) and worker-hours a month. */
public record Split(long facilityId, Integer quantity, Integer hoursPerMonth) {}
