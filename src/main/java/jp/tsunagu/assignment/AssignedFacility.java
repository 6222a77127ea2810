package jp.tsunagu.assignment;

import java.time.LocalDate;

/** A confirmed assignment as the deal page shows it. */
public record AssignedFacility(
        long facilityId,
        String facilityName,
        int quantity,
        int hoursPerMonth,
        LocalDate startOn,
        LocalDate endOn,
        String confirmedBy) {}
