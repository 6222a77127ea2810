package jp.tsunagu.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import jp.tsunagu.Application;
import jp.tsunagu.deal.Party;
import jp.tsunagu.sla.CalendarService;

/**
 * The BPMN's {@code deliveryBatches}: a batch is due at the close of the intermediary's business day on its due
 * date. Public, because the process engine's expressions call it by reflection.
 */
public final class BatchDueDates {

    private static final ZoneId ZONE = Application.TOKYO;

    private final DeliveryCycles deliveries;
    private final CalendarService calendars;

    BatchDueDates(DeliveryCycles deliveries, CalendarService calendars) {
        this.deliveries = deliveries;
        this.calendars = calendars;
    }

    public Date dueAt(Object batchId) {
        LocalDate due = deliveries.dueOn(Long.parseLong(batchId.toString()));
        LocalTime close = calendars.workingTime(Party.INTERMEDIARY).dayEnd();
        return Date.from(due.atTime(close).atZone(ZONE).toInstant());
    }
}
