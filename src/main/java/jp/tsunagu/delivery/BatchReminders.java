package jp.tsunagu.delivery;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.notification.NoticeKinds;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.security.UserDirectory;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before a batch is due (from 09:00 Japan time), its facility's staff are told what to deliver by when, once:
 * the node that marks the batch is the one that tells them.
 */
@Component
class BatchReminders {

    private static final ZoneId TOKYO = Application.TOKYO;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final DeliveryBatchRepository batches;
    private final DealService deals;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final Clock clock;

    BatchReminders(
            DeliveryBatchRepository batches,
            DealService deals,
            UserDirectory users,
            NotificationService notifications,
            Clock clock) {
        this.batches = batches;
        this.deals = deals;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${tsunagu.notices.reminder-poll:PT10M}",
            initialDelayString = "${tsunagu.notices.reminder-poll:PT10M}")
    void run() {
        try {
            remindDue();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(BatchReminders.class).warn("Batch reminders: {}", e.getMessage());
        }
    }

    @Transactional
    public int remindDue() {
        ZonedDateTime now = clock.instant().atZone(TOKYO);
        if (now.toLocalTime().isBefore(LocalTime.of(9, 0))) {
            return 0;
        }
        int told = 0;
        for (DeliveryBatch b : batches.dueUnreminded(
                EnumSet.of(BatchState.PLANNED, BatchState.OPEN, BatchState.REWORK),
                now.toLocalDate().plusDays(1))) {
            if (batches.markDueReminded(b.getId(), clock.instant()) == 0) {
                continue;
            }
            String title = deals.titleOf(b.getDealId());
            for (String staff : users.staffOf(b.getFacilityId())) {
                notifications.notifyLinked(
                        staff,
                        NoticeKinds.BATCH_DUE,
                        b.getDealId(),
                        "/portal/jobs",
                        "notice.batch.due",
                        title,
                        b.getCycle(),
                        String.format("%,d", b.getPlannedQuantity()),
                        DATE.format(b.getDueOn()));
            }
            told++;
        }
        return told;
    }
}
