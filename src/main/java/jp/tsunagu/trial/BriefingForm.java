package jp.tsunagu.trial;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** What a person enters to schedule a briefing: when, where (a place or an online link), with whom. */
public record BriefingForm(
        BriefingKind kind,
        LocalDate date,
        LocalTime time,
        boolean online,
        String place,
        Set<Long> facilityIds,
        String attendees,
        String materials,
        String notes) {}
