package jp.tsunagu.assignment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.FacilityOnDeal;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.notification.NoticeKinds;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.pipeline.Offers;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.search.FacilityScope;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers of a job to facilities: staff send them from the assignment workspace, facility staff answer in
 * their portal (only for their own facility), and an offer nobody answers expires at its deadline, so
 * staff can offer the job to another facility without starting the assignment again.
 */
@Service
public class OfferService implements FacilityOnDeal, FacilityScope {

    private static final ZoneId TOKYO = Application.TOKYO;

    private final OfferRepository offers;
    private final Offers engineOffers;
    private final Matching matching;
    private final FacilityService facilities;
    private final DealService deals;
    private final TaskInboxService inbox;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final RequirementsService requirements;
    private final Clock clock;
    /** Work confirmed without an offer (the intermediary's direct assignment) also puts a facility on the deal. */
    private final AssignmentRepository assignments;

    OfferService(
            OfferRepository offers,
            Offers engineOffers,
            Matching matching,
            FacilityService facilities,
            DealService deals,
            TaskInboxService inbox,
            NotificationService notifications,
            CurrentUser currentUser,
            UserDirectory users,
            @Lazy RequirementsService requirements,
            Clock clock,
            AssignmentRepository assignments) {
        this.assignments = assignments;
        this.users = users;
        this.requirements = requirements;
        this.offers = offers;
        this.engineOffers = engineOffers;
        this.matching = matching;
        this.facilities = facilities;
        this.deals = deals;
        this.inbox = inbox;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Offers the deal to these facilities, to be answered by the end of {@code answerBy}. Refused, with
     * nothing sent, for a facility that does not take this kind of work or already has an open offer,
     * a deadline not after today, or a deal not at the assignment.
     */
    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional
    public void send(long dealId, List<Long> facilityIds, LocalDate answerBy) {
        send(
                dealId,
                answerBy,
                facilityIds.stream().map(id -> new Split(id, null, null)).toList());
    }

    /**
     * Offers the deal with a share for each facility (quantity and hours a month), or none (null, null) where the
     * facility is to propose its own. Refused as {@link #send(long, List, LocalDate)} is, and for half a share or one
     * not above zero.
     */
    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional
    public void send(long dealId, LocalDate answerBy, List<Split> shares) {
        List<Long> facilityIds = shares.stream().map(Split::facilityId).toList();
        for (Split s : shares) {
            if ((s.quantity() == null) != (s.hoursPerMonth() == null)
                    || s.quantity() != null && (s.quantity() <= 0 || s.hoursPerMonth() <= 0)) {
                throw UserFacingException.onField("share." + s.facilityId(), "offer.share.whole");
            }
        }
        DealDetails deal =
                deals.details(dealId).orElseThrow(() -> UserFacingException.notFound("deal.notFound", dealId));
        if (deal.status() != DealStatus.OPEN || deal.stage() != DealStage.ASSIGNMENT) {
            throw new UserFacingException("assignment.notAtAssignment");
        }
        if (facilityIds == null || facilityIds.isEmpty()) {
            throw new UserFacingException("assignment.noFacility");
        }
        LocalDate today = LocalDate.now(clock);
        if (answerBy == null || !answerBy.isAfter(today)) {
            throw UserFacingException.onField("answerBy", "offer.deadline.future");
        }
        Set<Long> able = matching.takingWork(deal.category(), facilityIds);
        for (long id : new HashSet<>(facilityIds)) {
            String name = facilities.find(id).map(f -> f.getName()).orElse("?");
            if (!able.contains(id)) {
                throw new UserFacingException("assignment.facility.category", name);
            }
            if (offers.findFirstByDealIdAndFacilityIdAndStatus(dealId, id, OfferStatus.SENT)
                    .isPresent()) {
                throw new UserFacingException("offer.alreadyOpen", name);
            }
        }
        String me = currentUser.username();
        List<Long> distinct = facilityIds.stream().distinct().toList();
        Map<Long, Split> byFacility = new HashMap<>();
        shares.forEach(s -> byFacility.putIfAbsent(s.facilityId(), s));
        String title = deals.titleOf(dealId);
        for (long id : distinct) {
            Offer saved = offers.save(new Offer(
                    dealId,
                    id,
                    answerBy,
                    me,
                    clock.instant(),
                    byFacility.get(id).quantity(),
                    byFacility.get(id).hoursPerMonth()));
            // The facility hears of it where it is: mail, its chat, the app.
            for (String staff : users.staffOf(id)) {
                notifications.notifyLinked(
                        staff,
                        NoticeKinds.OFFER_SENT,
                        dealId,
                        "/portal/offers/" + saved.getId(),
                        "notice.offer.sent",
                        title,
                        DATE.format(answerBy));
            }
        }
        engineOffers.send(
                dealId,
                deal.category(),
                distinct,
                answerBy.atTime(LocalTime.of(18, 0)).atZone(TOKYO).toInstant(),
                me);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<OfferRow> of(long dealId) {
        String title = deals.titleOf(dealId);
        return offers.findByDealIdOrderById(dealId).stream()
                .map(o -> o.toRow(
                        facilities.find(o.getFacilityId()).map(f -> f.getName()).orElse("?"), title))
                .toList();
    }

    /** The offers to the current facility user's own facility, newest first. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public List<OfferRow> mine() {
        if (currentUser.facilityId().isEmpty()) {
            return List.of();
        }
        return offers.findByFacilityIdOrderByIdDesc(currentUser.facilityId().get()).stream()
                .map(o -> o.toRow(null, deals.titleOf(o.getDealId())))
                .toList();
    }

    /** Whether the current facility user's facility was offered this deal: then it is one of the deal's people. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public boolean offeredToMe(long dealId) {
        return currentUser
                .facilityId()
                .map(f -> offers.existsByDealIdAndFacilityId(dealId, f))
                .orElse(false);
    }

    @Override
    public boolean currentFacilityOnDeal(long dealId) {
        return currentUser.hasRole(AppRoles.FACILITY)
                && (openToMe(dealId)
                        || currentUser
                                .facilityId()
                                .map(f -> assignments.existsByDealIdAndFacilityId(dealId, f))
                                .orElse(false));
    }

    /**
     * The deals the current facility user's facility is on, for their search: an offer still open to them opens its
     * offer page; an assigned deal opens their jobs.
     */
    @Override
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public Map<Long, String> dealsOfCurrentFacility() {
        Map<Long, String> deals = new LinkedHashMap<>();
        currentUser.facilityId().ifPresent(f -> {
            assignments.findByFacilityIdOrderByIdDesc(f).forEach(a -> deals.putIfAbsent(a.getDealId(), "portal/jobs"));
            offers.findByFacilityIdOrderByIdDesc(f).stream()
                    .filter(o -> List.of(OfferStatus.SENT, OfferStatus.ACCEPTED, OfferStatus.COUNTERED)
                            .contains(o.getStatus()))
                    .forEach(o -> deals.put(o.getDealId(), "portal/offers/" + o.getId()));
        });
        return deals;
    }

    /** One offer to the current facility user's own facility; another facility's is not found. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public OfferRow mineOne(long offerId) {
        long mine = currentUser.facilityId().orElseThrow(() -> UserFacingException.notFound("offer.notFound"));
        Offer offer = offers.findById(offerId)
                .filter(o -> o.getFacilityId() == mine)
                .orElseThrow(() -> UserFacingException.notFound("offer.notFound"));
        return offer.toRow(null, deals.titleOf(offer.getDealId()));
    }

    /** Whether an answer to this offer is still possible: it waits for one and its deal is open. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public boolean answerable(OfferRow offer) {
        return offer.status() == OfferStatus.SENT && deals.statusOf(offer.dealId()) == DealStatus.OPEN;
    }

    /**
     * Whether the current facility's offer of the deal is still live: waiting for its answer, or answered yes. A
     * declined, expired or withdrawn offer no longer opens the deal's questions.
     */
    public boolean openToMe(long dealId) {
        return currentUser
                .facilityId()
                .map(f -> offers.existsByDealIdAndFacilityIdAndStatusIn(
                        dealId, f, List.of(OfferStatus.SENT, OfferStatus.ACCEPTED, OfferStatus.COUNTERED)))
                .orElse(false);
    }

    boolean anyFor(long dealId) {
        return offers.existsByDealId(dealId);
    }

    Set<Long> saidYes(long dealId) {
        Set<Long> yes = new HashSet<>();
        offers.findByDealIdOrderById(dealId).stream()
                .filter(o -> o.getStatus().isYes())
                .forEach(o -> yes.add(o.getFacilityId()));
        return yes;
    }
}
