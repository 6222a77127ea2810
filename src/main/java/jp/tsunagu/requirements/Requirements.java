package jp.tsunagu.requirements;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A deal's requirements sheet as both sides read it: the items, how much of each is known, what is still
 * missing, and what the price means for the workers' wage.
 *
 * @param version 0 and {@code updatedAt == null} while the sheet has never been saved
 */
public record Requirements(
        long dealId,
        long version,
        RequirementsForm form,
        Map<RequirementItem, ItemState> states,
        List<RequirementItem> missing,
        WageFigures wage,
        MinimumWageEntry minimumWage,
        Instant updatedAt,
        String updatedBy) {

    public boolean isNew() {
        return updatedAt == null;
    }
}
