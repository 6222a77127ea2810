package jp.tsunagu.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facilities a staff account can belong to, as the account screens need them. The facility feature provides it;
 * the accounts do not reach into the registry themselves (the registry already depends on the accounts).
 */
public interface FacilityNames {

    /** A facility by id and name. */
    record FacilityName(long id, String name) {}

    /** Every registered facility, by name. */
    List<FacilityName> all();

    Optional<String> name(long facilityId);

    /** Names by id, for a page of accounts. */
    Map<Long, String> names(Collection<Long> facilityIds);
}
