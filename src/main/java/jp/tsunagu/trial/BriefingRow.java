package jp.tsunagu.trial;

import java.time.Instant;
import java.util.List;

/** A briefing as the deal page and the facility portal show it. */
public record BriefingRow(
        long id,
        long dealId,
        String dealTitle,
        BriefingKind kind,
        Instant heldAt,
        boolean online,
        String place,
        List<String> facilityNames,
        String attendees,
        String materials,
        String notes,
        String createdBy) {}
