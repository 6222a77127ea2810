package jp.tsunagu.search;

import java.util.Map;

/**
 * What a facility's search may find: the deals its facility is on (offered and still open, or assigned), each with
 * the portal page that shows the deal to them. Implemented by the assignment feature, which knows offers and
 * assignments.
 */
public interface FacilityScope {

    Map<Long, String> dealsOfCurrentFacility();
}
