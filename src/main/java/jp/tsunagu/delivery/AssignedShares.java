package jp.tsunagu.delivery;

import java.util.List;

/**
 * The facilities assigned to a deal and how much of the job each took, as the delivery plan needs them. The
 * assignment feature answers; delivery does not read its tables.
 */
public interface AssignedShares {

    /** One facility's share of the job. */
    record Share(long facilityId, String name, int quantity) {}

    /** In the order they were assigned. */
    List<Share> of(long dealId);
}
