package jp.tsunagu.sla;

import java.util.List;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.deal.Party;
import jp.tsunagu.pipeline.TaskDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Open clocks follow a calendar that changed: new due and warning times, the tasks' due dates, one audit entry. */
@Component
class ClockRecount {

    private static final Logger log = LoggerFactory.getLogger(ClockRecount.class);

    private final SlaClockRepository clocks;
    private final CalendarService calendars;
    private final TaskDeadlines deadlines;
    private final AuditLog audit;

    ClockRecount(SlaClockRepository clocks, CalendarService calendars, TaskDeadlines deadlines, AuditLog audit) {
        this.clocks = clocks;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    /**
     * A calendar changed, inside the transaction of the change: each open clock counting on it takes its due and
     * warning times from the new calendar, so that what the clock counts and when it is due agree (a clock never is
     * recorded as breached on the old due time and then ends met on the new count). The tasks' due dates follow. One
     * audit entry says how many moved.
     */
    @EventListener
    void calendarChanged(CalendarChanged changed) {
        for (Party owner : changed.owners()) {
            WorkingTime time = calendars.workingTime(owner);
            int moved = 0;
            long after = 0;
            List<SlaClock> batch;
            do {
                batch = clocks.openOf(
                        CalendarService.countingOn(owner), after, PageRequest.of(0, SlaClocks.SWEEP_BATCH));
                for (SlaClock c : batch) {
                    if (c.recount(time)) {
                        deadlines.setDue(c.getTaskId(), c.getDueAt());
                        moved++;
                    }
                    after = c.getId();
                }
                clocks.flush();
            } while (batch.size() == SlaClocks.SWEEP_BATCH);
            audit.record(
                    AuditKind.CALENDAR,
                    null,
                    null,
                    "clocksRecounted",
                    AuditLog.ja("calendar.audit.recounted", AuditLog.ja("party." + owner.name()), moved));
            log.info("Calendar of {} changed: {} open clocks recounted", owner, moved);
        }
    }
}
