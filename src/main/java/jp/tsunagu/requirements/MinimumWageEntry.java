package jp.tsunagu.requirements;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A minimum wage in force from a date; {@code outdated} when it is the prefecture's newest entry and took effect more
 * than a year ago (a revision has probably not been entered).
 */
public record MinimumWageEntry(
        LocalDate effectiveFrom, int yenPerHour, String prefecture, String setBy, Instant setAt, boolean outdated) {}
