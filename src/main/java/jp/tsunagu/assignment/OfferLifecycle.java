package jp.tsunagu.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealClosed;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.notification.NoticeKinds;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.pipeline.Offers;
import jp.tsunagu.security.UserDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to offers without a person answering: the reminder the day before the deadline, expiry, withdrawal
 * when the split is confirmed or the deal ends.
 */
@Component
public class OfferLifecycle {

    private static final ZoneId TOKYO = Application.TOKYO;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Clock clock;
    private final DealService deals;
    private final Offers engineOffers;
    private final FacilityService facilities;
    private final NotificationService notifications;
    private final OfferRepository offers;
    private final UserDirectory users;

    OfferLifecycle(
            Clock clock,
            DealService deals,
            Offers engineOffers,
            FacilityService facilities,
            NotificationService notifications,
            OfferRepository offers,
            UserDirectory users) {
        this.clock = clock;
        this.deals = deals;
        this.engineOffers = engineOffers;
        this.facilities = facilities;
        this.notifications = notifications;
        this.offers = offers;
        this.users = users;
    }

    /**
     * The day before an offer's answer deadline (from 09:00 Japan time), its facility's staff are reminded, once: the
     * node that marks the offer reminded is the one that tells them.
     */
    @Transactional
    public int remindDueOffers() {
        ZonedDateTime now = clock.instant().atZone(TOKYO);
        if (now.toLocalTime().isBefore(LocalTime.of(9, 0))) {
            return 0;
        }
        LocalDate tomorrow = now.toLocalDate().plusDays(1);
        int reminded = 0;
        for (Offer o : offers.findByStatusAndAnswerByLessThanEqualAndRemindedAtIsNull(OfferStatus.SENT, tomorrow)) {
            if (o.getAnswerBy().isBefore(now.toLocalDate()) || offers.markReminded(o.getId(), clock.instant()) == 0) {
                continue;
            }
            String title = deals.titleOf(o.getDealId());
            for (String staff : users.staffOf(o.getFacilityId())) {
                notifications.notifyLinked(
                        staff,
                        NoticeKinds.OFFER_REMINDER,
                        o.getDealId(),
                        "/portal/offers/" + o.getId(),
                        "notice.offer.reminder",
                        title,
                        DATE.format(o.getAnswerBy()));
            }
            reminded++;
        }
        return reminded;
    }

    /** The deadline passed with no answer (called by the engine's timer). */
    @Transactional
    public void expire(long dealId, long facilityId) {
        offers.findFirstByDealIdAndFacilityIdAndStatus(dealId, facilityId, OfferStatus.SENT)
                .ifPresent(o -> {
                    o.close(OfferStatus.EXPIRED, clock.instant());
                    notifications.notify(
                            o.getSentBy(),
                            "OFFER_EXPIRED",
                            dealId,
                            "notice.offer.EXPIRED",
                            facilities.find(facilityId).map(f -> f.getName()).orElse("?"),
                            deals.titleOf(dealId));
                });
    }

    /** The split is confirmed: offers still open are no longer needed. */
    @Transactional
    public void withdrawOpen(long dealId) {
        offers.findByDealIdOrderById(dealId).forEach(o -> o.close(OfferStatus.WITHDRAWN, clock.instant()));
        engineOffers.withdrawAll(dealId);
    }

    /**
     * The deal ended: offers still out are withdrawn (their processes, clocks and tasks end with them, and the portal
     * refuses an answer), and so, when it ended at the assignment, are the yeses that were waiting for it. Each
     * facility concerned is told, as is the staff member who sent the offer.
     */
    @EventListener
    void dealClosed(DealClosed closed) {
        long dealId = closed.dealId();
        boolean atAssignment = closed.stage() == DealStage.ASSIGNMENT;
        List<Offer> ended = offers.findByDealIdOrderById(dealId).stream()
                .filter(o -> o.getStatus() == OfferStatus.SENT || atAssignment && o.isLive())
                .toList();
        if (ended.isEmpty()) {
            return;
        }
        String title = deals.titleOf(dealId);
        for (Offer o : ended) {
            o.withdraw(clock.instant());
            for (String staff : users.staffOf(o.getFacilityId())) {
                notifications.notifyLinked(
                        staff,
                        NoticeKinds.OFFER_WITHDRAWN,
                        dealId,
                        "/portal/offers/" + o.getId(),
                        "notice.offer.withdrawn",
                        title);
            }
        }
        engineOffers.withdrawAll(dealId);
    }
}
