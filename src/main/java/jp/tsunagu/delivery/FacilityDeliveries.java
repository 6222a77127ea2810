package jp.tsunagu.delivery;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facility's side of delivery: its own batches of a deal (the next one due first), and its report of a batch it
 * delivered (pieces, workers, hours), which the intermediary confirms by recording the delivery.
 */
@Service
public class FacilityDeliveries {

    /** No worker works more hours in a month than the month has. */
    static final int HOURS_PER_WORKER_MAX = 744;

    private final DeliveryBatchRepository batches;
    private final BatchRows deliveries;
    private final DealService deals;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    FacilityDeliveries(
            DeliveryBatchRepository batches,
            BatchRows deliveries,
            DealService deals,
            NotificationService notifications,
            CurrentUser currentUser,
            Clock clock) {
        this.batches = batches;
        this.deliveries = deliveries;
        this.deals = deals;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** This facility's batches of a deal: the ones to deliver first, by due date; another facility's never. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public List<BatchRow> mine(long dealId) {
        long mine = currentUser.facilityId().orElse(-1L);
        List<DeliveryBatch> own = batches.findByDealIdOrderByCycleAscDueOnAscIdAsc(dealId).stream()
                .filter(b -> b.getFacilityId() == mine && b.getState() != BatchState.PLANNED)
                .toList();
        return deliveries.of(own).stream()
                .sorted(Comparator.comparing((BatchRow b) -> b.state() == BatchState.ACCEPTED)
                        .thenComparing(BatchRow::dueOn))
                .toList();
    }

    /** The deal of one of this facility's batches; another facility's batch is not found. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public long dealOf(long batchId) {
        return batches.findById(batchId)
                .filter(b -> b.getFacilityId() == currentUser.facilityId().orElse(-1L))
                .orElseThrow(() -> UserFacingException.notFound("delivery.batch.notFound"))
                .getDealId();
    }

    /**
     * The facility reports that it delivered an open batch (a rework goes back through the intermediary). Refused beside each field, with nothing saved: no pieces
     * or more than planned, no workers, no hours or more than the workers can have worked; and for another facility's
     * batch or one not open for delivery.
     */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional
    public void report(long batchId, Integer pieces, Integer workers, BigDecimal hours) {
        DeliveryBatch batch = batches.findById(batchId)
                .filter(b -> b.getFacilityId() == currentUser.facilityId().orElse(-1L))
                .orElseThrow(() -> UserFacingException.notFound("delivery.batch.notFound"));
        if (batch.getState() != BatchState.OPEN) {
            throw new UserFacingException("delivery.notDue");
        }
        if (pieces == null || pieces <= 0) {
            throw UserFacingException.onField("pieces", "report.pieces.positive");
        }
        if (pieces > batch.getPlannedQuantity()) {
            throw UserFacingException.onField(
                    "pieces", "delivery.delivered.overPlanned", pieces, batch.getPlannedQuantity());
        }
        if (workers == null || workers <= 0 || workers > 10_000) {
            throw UserFacingException.onField("workers", "report.workers.positive");
        }
        if (hours == null || hours.signum() <= 0 || hours.stripTrailingZeros().scale() > 1) {
            throw UserFacingException.onField("hours", "report.hours.positive");
        }
        if (hours.compareTo(BigDecimal.valueOf((long) workers * HOURS_PER_WORKER_MAX)) > 0) {
            throw UserFacingException.onField("hours", "wages.hours.tooMany", HOURS_PER_WORKER_MAX);
        }
        batch.reported(pieces, workers, hours, currentUser.username(), clock.instant());
        String intermediary = deals.intermediaryOf(batch.getDealId());
        if (intermediary != null) {
            notifications.notify(
                    intermediary,
                    "DELIVERY_REPORTED",
                    batch.getDealId(),
                    "notice.delivery.reported",
                    deals.titleOf(batch.getDealId()),
                    pieces);
        }
    }
}
