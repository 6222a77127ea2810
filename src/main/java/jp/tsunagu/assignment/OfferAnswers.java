package jp.tsunagu.assignment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Offers;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facility answers its own offer: yes, yes with conditions, or no with a reason; once. */
@Service
public class OfferAnswers {

    private static final ZoneId TOKYO = Application.TOKYO;

    private final Clock clock;
    private final CurrentUser currentUser;
    private final DealService deals;
    private final FacilityService facilities;
    private final TaskInboxService inbox;
    private final NotificationService notifications;
    private final OfferRepository offers;
    private final Offers engineOffers;
    private final RequirementsService requirements;

    OfferAnswers(
            Clock clock,
            CurrentUser currentUser,
            DealService deals,
            FacilityService facilities,
            TaskInboxService inbox,
            NotificationService notifications,
            OfferRepository offers,
            Offers engineOffers,
            RequirementsService requirements) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.deals = deals;
        this.facilities = facilities;
        this.inbox = inbox;
        this.notifications = notifications;
        this.offers = offers;
        this.engineOffers = engineOffers;
        this.requirements = requirements;
    }

    /** A facility answers its own offer; a second answer, or an answer for another facility, is refused. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional
    public void answer(long offerId, OfferAnswer a) {
        long mine = currentUser.facilityId().orElseThrow(() -> new UserFacingException("offer.notYours"));
        // Another facility's offer is not found: its existence is none of this facility's business.
        Offer offer = offers.findById(offerId)
                .filter(o -> o.getFacilityId() == mine)
                .orElseThrow(() -> UserFacingException.notFound("offer.notFound"));
        if (deals.statusOf(offer.getDealId()) != DealStatus.OPEN) {
            throw new UserFacingException("offer.dealClosed");
        }
        if (offer.getStatus() != OfferStatus.SENT) {
            throw UserFacingException.conflict("offer.alreadyAnswered");
        }
        if (a == null
                || a.answer() == null
                || a.answer() == OfferStatus.SENT
                || a.answer() == OfferStatus.EXPIRED
                || a.answer() == OfferStatus.WITHDRAWN) {
            throw new UserFacingException("offer.answer.required");
        }
        if (a.answer() == OfferStatus.DECLINED) {
            if (a.declineReason() == null || a.declineReason().isBlank()) {
                throw UserFacingException.onField("reason", "offer.reason.required");
            }
            if (a.declineReason().strip().length() > Offer.REASON_MAX) {
                throw UserFacingException.onField("reason", "offer.reason.size", Offer.REASON_MAX);
            }
        } else {
            if (a.answer() == OfferStatus.ACCEPTED && offer.getOfferedQuantity() != null && a.quantity() == null) {
                // "Accept" of an offer that named the share takes that share, from the start the job names.
                a = new OfferAnswer(
                        a.answer(),
                        offer.getOfferedQuantity(),
                        offer.getOfferedHours(),
                        a.startOn() != null ? a.startOn() : startOf(offer.getDealId()),
                        null);
            }
            if (a.quantity() == null || a.quantity() <= 0) {
                throw UserFacingException.onField("quantity", "offer.quantity.required");
            }
            if (a.hoursPerMonth() == null || a.hoursPerMonth() <= 0) {
                throw UserFacingException.onField("hours", "offer.hours.required");
            }
            if (a.startOn() == null) {
                throw UserFacingException.onField("start", "offer.start.required");
            }
        }
        String taskId = engineOffers
                .openTask(offer.getDealId(), mine)
                .orElseThrow(() -> UserFacingException.conflict("offer.alreadyAnswered"));
        offer.answer(
                a.answer(),
                a.quantity(),
                a.hoursPerMonth(),
                a.startOn(),
                a.declineReason() == null ? null : a.declineReason().strip(),
                currentUser.username(),
                clock.instant());
        Outcome outcome =
                switch (a.answer()) {
                    case ACCEPTED -> Outcome.OFFER_ACCEPTED;
                    case COUNTERED -> Outcome.OFFER_COUNTERED;
                    default -> Outcome.OFFER_DECLINED;
                };
        inbox.complete(taskId, Completion.of(outcome, deals.versionOf(offer.getDealId())));
        notifications.notify(
                offer.getSentBy(),
                "OFFER_ANSWERED",
                offer.getDealId(),
                "notice.offer." + a.answer(),
                facilities.find(mine).map(f -> f.getName()).orElse("?"),
                deals.titleOf(offer.getDealId()));
    }

    /** When the job starts, as the requirements sheet says, or today when it does not say yet. */
    private LocalDate startOf(long dealId) {
        LocalDate today = LocalDate.now(clock.withZone(TOKYO));
        LocalDate start = requirements.forFacility(dealId).form().getStartOn();
        return start == null || start.isBefore(today) ? today : start;
    }
}
