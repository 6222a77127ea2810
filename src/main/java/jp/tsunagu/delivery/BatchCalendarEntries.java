package jp.tsunagu.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.Application;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.notification.CalendarEntries;
import jp.tsunagu.notification.CalendarEntry;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A facility's batches still to deliver, as whole days on their due dates, in its staff's calendar feeds. */
@Component
class BatchCalendarEntries implements CalendarEntries {

    private final DeliveryBatchRepository batches;
    private final DealService deals;

    BatchCalendarEntries(DeliveryBatchRepository batches, DealService deals) {
        this.batches = batches;
        this.deals = deals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(Person person, Instant from, Locale locale) {
        if (!AppRoles.FACILITY.equals(person.role()) || person.facilityId() == null) {
            return List.of();
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (DeliveryBatch b : batches.toDeliver(
                person.facilityId(),
                EnumSet.of(BatchState.PLANNED, BatchState.OPEN, BatchState.REWORK),
                from.atZone(Application.TOKYO).toLocalDate())) {
            entries.add(CalendarEntry.allDay(
                    "batch-" + b.getId(),
                    TsunaguI18NProvider.translate(
                            "feed.batch",
                            locale,
                            deals.titleOf(b.getDealId()),
                            b.getCycle(),
                            String.format("%,d", b.getPlannedQuantity())),
                    null,
                    b.getDueOn(),
                    "/portal/jobs"));
        }
        return entries;
    }
}
