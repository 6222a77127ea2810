package jp.tsunagu.assignment;

import java.time.LocalDate;

/** The instant answer for a customer: how many facilities and workers could take the job, and from when. */
public record CapacityAnswer(int facilities, int workers, int freeHours, LocalDate earliestStart) {}
