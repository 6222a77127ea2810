package jp.tsunagu.trial;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.assignment.AssignedFacility;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Briefings (説明会・見学) for the facilities on a deal: planned by the director or the intermediary, seen by the facilities invited. */
@Service
public class BriefingService {

    private static final ZoneId ZONE = Application.TOKYO;

    private final AssignmentService assignments;
    private final BriefingRepository briefings;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final DealService deals;
    private final UserDirectory users;

    BriefingService(
            AssignmentService assignments,
            BriefingRepository briefings,
            Clock clock,
            CurrentUser currentUser,
            DealService deals,
            UserDirectory users) {
        this.assignments = assignments;
        this.briefings = briefings;
        this.clock = clock;
        this.currentUser = currentUser;
        this.deals = deals;
        this.users = users;
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<BriefingRow> briefings(long dealId) {
        Map<Long, String> names = assignments.of(dealId).stream()
                .collect(Collectors.toMap(AssignedFacility::facilityId, AssignedFacility::facilityName, (a, b) -> a));
        String title = deals.titleOf(dealId);
        return briefings.findByDealIdOrderByHeldAtAscIdAsc(dealId).stream()
                .map(b -> row(b, title, names))
                .toList();
    }

    /** The briefings of a deal that the current facility user's facility is invited to; none for another's. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public List<BriefingRow> briefingsForMyFacility(long dealId) {
        long mine = currentUser.facilityId().orElse(-1L);
        String title = deals.titleOf(dealId);
        return briefings.findByDealIdOrderByHeldAtAscIdAsc(dealId).stream()
                .filter(b -> b.getFacilityIds().contains(mine))
                .map(b -> row(b, title, Map.of()))
                .toList();
    }

    /**
     * Schedules a briefing. Refused, with nothing saved, without a date and time, a place or link, or a facility;
     * with a facility not assigned to the deal; before the deal has facilities or after it ended.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY})
    @Transactional
    public long addBriefing(long dealId, BriefingForm form) {
        DealDetails deal = deals.open(dealId);
        if (!deal.stage().withFacilities()) {
            throw new UserFacingException("briefing.stage");
        }
        if (form.kind() == null) {
            throw UserFacingException.onField("kind", "briefing.kind.required");
        }
        if (form.date() == null || form.time() == null) {
            throw UserFacingException.onField("date", "briefing.when.required");
        }
        if (form.place() == null || form.place().isBlank()) {
            throw UserFacingException.onField("place", "briefing.place.required");
        }
        TrialService.checkLength("place", form.place(), TrialService.PLACE_MAX, "briefing.place.size");
        TrialService.checkLength("attendees", form.attendees(), TrialService.TEXT_MAX, "briefing.text.size");
        TrialService.checkLength("materials", form.materials(), TrialService.TEXT_MAX, "briefing.text.size");
        TrialService.checkLength("notes", form.notes(), TrialService.NOTES_MAX, "briefing.text.size");
        if (form.facilityIds() == null || form.facilityIds().isEmpty()) {
            throw UserFacingException.onField("facilities", "briefing.facility.required");
        }
        Set<Long> assigned = assignments.of(dealId).stream()
                .map(AssignedFacility::facilityId)
                .collect(Collectors.toSet());
        if (!assigned.containsAll(form.facilityIds())) {
            throw new UserFacingException("trial.facility.notAssigned");
        }
        Instant heldAt = form.date().atTime(form.time()).atZone(ZONE).toInstant();
        return briefings
                .save(new Briefing(dealId, form, heldAt, currentUser.username(), clock.instant()))
                .getId();
    }

    private BriefingRow row(Briefing b, String title, Map<Long, String> names) {
        return new BriefingRow(
                b.getId(),
                b.getDealId(),
                title,
                b.getKind(),
                b.getHeldAt(),
                b.isOnline(),
                b.getPlace(),
                b.getFacilityIds().stream()
                        .sorted()
                        .map(id -> names.getOrDefault(id, "?"))
                        .toList(),
                b.getAttendees(),
                b.getMaterials(),
                b.getNotes(),
                users.displayName(b.getCreatedBy()));
    }
}
