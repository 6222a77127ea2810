package jp.tsunagu.documents;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.FacilityOnDeal;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who sees which file: the company everything, the intermediary all but company-only files, a facility only the
 * files shared with facilities on a deal it is on (and a batch's only if it is that batch's facility). A place or
 * file the caller may not see is "not found".
 */
@Component
class DocumentAccess {

    private final JdbcTemplate jdbc;
    private final DealService deals;
    private final FacilityOnDeal facilityOnDeal;
    private final Map<AttachedTo, AttachmentPlaces> places = new EnumMap<>(AttachedTo.class);
    private final CurrentUser currentUser;
    private final UserDirectory users;

    DocumentAccess(
            JdbcTemplate jdbc,
            DealService deals,
            FacilityOnDeal facilityOnDeal,
            List<AttachmentPlaces> places,
            CurrentUser currentUser,
            UserDirectory users) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.facilityOnDeal = facilityOnDeal;
        places.forEach(p -> this.places.put(p.kind(), p));
        this.currentUser = currentUser;
        this.users = users;
    }

    List<DocumentRow> rows(String where, Object... args) {
        boolean facility = isFacility();
        List<Map<String, Object>> found = jdbc.queryForList(
                "select d.id, d.deal_id, d.attached_to, d.attached_id, "
                        + "d.facility_id, d.name, d.visibility, d.created_by, d.deleted_by, d.deleted_at, v.number, v.size_bytes, "
                        + "v.content_type, v.uploaded_by, v.uploaded_at from document d join document_version v on v.document_id = d.id "
                        + "where " + where
                        + " and v.size_bytes > 0 order by d.deleted_at nulls first, d.name, d.id, v.number desc",
                args);
        Set<String> people = new HashSet<>();
        found.forEach(r -> {
            people.add((String) r.get("uploaded_by"));
            if (r.get("deleted_by") != null) {
                people.add((String) r.get("deleted_by"));
            }
        });
        Map<String, String> names = users.displayNames(people);
        Map<Long, Boolean> onDeal = new HashMap<>();
        Map<Long, List<Map<String, Object>>> byDocument = new LinkedHashMap<>();
        found.forEach(r -> byDocument
                .computeIfAbsent(((Number) r.get("id")).longValue(), k -> new ArrayList<>())
                .add(r));
        List<DocumentRow> rows = new ArrayList<>();
        String me = currentUser.username();
        boolean admin = currentUser.hasRole(AppRoles.ADMIN);
        for (List<Map<String, Object>> versions : byDocument.values()) {
            Map<String, Object> d = versions.get(0);
            long dealId = ((Number) d.get("deal_id")).longValue();
            Long facilityId = d.get("facility_id") == null ? null : ((Number) d.get("facility_id")).longValue();
            Visibility visibility = Visibility.valueOf((String) d.get("visibility"));
            boolean deleted = d.get("deleted_at") != null;
            if (facility && deleted) {
                continue;
            }
            if (!maySee(
                    visibility,
                    dealId,
                    facilityId,
                    !facility || onDeal.computeIfAbsent(dealId, facilityOnDeal::currentFacilityOnDeal))) {
                continue;
            }
            List<VersionRow> history = versions.stream()
                    .map(v -> new VersionRow(
                            ((Number) v.get("number")).intValue(),
                            ((Number) v.get("size_bytes")).longValue(),
                            (String) v.get("content_type"),
                            names.getOrDefault((String) v.get("uploaded_by"), (String) v.get("uploaded_by")),
                            ((Timestamp) v.get("uploaded_at")).toInstant()))
                    .toList();
            rows.add(new DocumentRow(
                    ((Number) d.get("id")).longValue(),
                    dealId,
                    AttachedTo.valueOf((String) d.get("attached_to")),
                    ((Number) d.get("attached_id")).longValue(),
                    (String) d.get("name"),
                    visibility,
                    facilityId != null,
                    history,
                    deleted ? names.getOrDefault((String) d.get("deleted_by"), (String) d.get("deleted_by")) : null,
                    deleted ? ((Timestamp) d.get("deleted_at")).toInstant() : null,
                    !deleted && (admin || me.equals(d.get("created_by")))));
        }
        return rows;
    }

    /** Whether the caller may see a file of this visibility on this deal; {@code onDeal}: their facility is on it. */
    boolean maySee(Visibility visibility, long dealId, Long facilityId, boolean onDeal) {
        if (isFacility()) {
            Long mine = currentUser.facilityId().orElse(null);
            return visibility == Visibility.FACILITIES && onDeal && (facilityId == null || facilityId.equals(mine));
        }
        if (isIntermediary() && !currentUser.hasRole(AppRoles.SUPERVISOR) && !currentUser.hasRole(AppRoles.ADMIN)) {
            return visibility != Visibility.COMPANY;
        }
        return true;
    }

    /** The place, if the caller may see it: for a facility, a deal it is on and a part that is not another's. */
    Place placeFor(AttachedTo kind, long attachedId) {
        if (kind == null) {
            throw UserFacingException.notFound("document.notFound");
        }
        Place place;
        if (kind == AttachedTo.DEAL) {
            try {
                deals.statusOf(attachedId);
            } catch (UserFacingException e) {
                throw UserFacingException.notFound("document.place.notFound");
            }
            place = new Place(attachedId, null);
        } else {
            AttachmentPlaces owner = places.get(kind);
            place = owner == null ? null : owner.place(attachedId).orElse(null);
        }
        if (place == null) {
            throw UserFacingException.notFound("document.place.notFound");
        }
        if (isFacility()) {
            Long mine = currentUser.facilityId().orElse(null);
            if (place.facilityId() != null && !place.facilityId().equals(mine)
                    || !facilityOnDeal.currentFacilityOnDeal(place.dealId())) {
                throw UserFacingException.notFound("document.place.notFound");
            }
        }
        return place;
    }

    boolean isFacility() {
        return currentUser.hasRole(AppRoles.FACILITY);
    }

    boolean isIntermediary() {
        return currentUser.hasRole(AppRoles.INTERMEDIARY);
    }
}
