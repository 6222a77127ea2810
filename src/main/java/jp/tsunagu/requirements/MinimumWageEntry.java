package jp.tsunagu.requirements;

import java.time.Instant;
import java.time.LocalDate;

/** A minimum wage in force from a date. */
public record MinimumWageEntry(LocalDate effectiveFrom, int yenPerHour, String prefecture, String setBy,
                               Instant setAt) {
}
