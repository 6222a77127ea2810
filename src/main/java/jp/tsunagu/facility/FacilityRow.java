package jp.tsunagu.facility;

import java.time.LocalDate;

/** A facility as the registry list shows it, with the headline of its newest survey (if any). */
public record FacilityRow(
        long id,
        String name,
        String corporation,
        FacilityType type,
        String municipality,
        Participation participation,
        boolean acceptsPc,
        boolean acceptsLight,
        boolean acceptsOffsite,
        int pcWorkers,
        int lightWorkers,
        int monthlyCapacityHours,
        LocalDate earliestStart,
        LocalDate surveyedOn) {}
