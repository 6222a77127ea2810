package jp.tsunagu.sla;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.notification.NoticeParams;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.pipeline.Escalations;
import jp.tsunagu.pipeline.TaskDeadlines;
import jp.tsunagu.security.FacilityNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What a clock's warning or breach tells people: its owner's notice, and for a breach the escalation. */
@Component
class SlaNotices {

    private static final Logger log = LoggerFactory.getLogger(SlaNotices.class);

    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(Application.TOKYO);

    private final CalendarService calendars;
    private final TaskDeadlines deadlines;
    private final Escalations escalations;
    private final NotificationService notifications;
    private final DealService deals;
    private final FacilityNames facilityNames;

    SlaNotices(
            CalendarService calendars,
            TaskDeadlines deadlines,
            Escalations escalations,
            NotificationService notifications,
            DealService deals,
            FacilityNames facilityNames) {
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.escalations = escalations;
        this.notifications = notifications;
        this.deals = deals;
        this.facilityNames = facilityNames;
    }

    /**
     * Tells the clock's owner of the highest threshold passed (a clock swept late past 50 % and 80 % at once says only
     * the 80 %), naming the stage (an offer: its facility), the business time left and the due time, with a link to the
     * task (an offer: the deal). A breach also opens the escalation.
     */
    void record(SlaClock c, List<ClockEvent> fired, Instant now) {
        String owner = owner(c);
        String title = deals.titleOf(c.getDealId());
        ClockEvent highest = fired.get(fired.size() - 1);
        WorkingTime time = calendars.workingTime(c.getParty());
        long left = Math.max(0, c.getTargetMinutes() - c.usedMinutes(time, now));
        // An offer's clock names its facility: "オファー（ひまわり作業所）".
        boolean offer = c.getStage() == DealStage.OFFER;
        String stage = offer
                ? deadlines
                        .offerFacilityOf(c.getTaskId())
                        .flatMap(facilityNames::name)
                        .orElse("?")
                : NoticeParams.label("stage." + c.getStage().name());
        String prefix = offer ? "notice.sla.offer." : "notice.sla.";
        String due = DUE.format(c.getDueAt());
        String link = c.getStage() == DealStage.OFFER ? "/deals/" + c.getDealId() : "/tasks/" + c.getTaskId();
        notifications.notifyLinked(
                owner,
                "SLA_" + highest.name(),
                c.getDealId(),
                link,
                prefix + highest.name(),
                stage,
                title,
                NoticeParams.minutes(left),
                due);
        if (fired.contains(ClockEvent.BREACH)) {
            escalations.open(c.getDealId(), c.getStage(), c.getTaskId());
        }
        log.debug("SLA {} on deal {} at {}", fired, c.getDealId(), c.getStage());
    }

    /**
     * Who answers for a clock: whoever holds the task, else the deal's owner on that side; a facility's offer that
     * nobody there has taken is followed up by the intermediary staff member who sent it.
     */
    private String owner(SlaClock c) {
        return deadlines.assigneeOf(c.getTaskId()).orElseGet(() -> switch (c.getParty()) {
            case INTERMEDIARY -> deals.intermediaryOf(c.getDealId());
            case FACILITY -> deadlines
                    .offerSenderOf(c.getTaskId())
                    .orElseGet(() -> deals.intermediaryOf(c.getDealId()));
            default -> deals.directorOf(c.getDealId());
        });
    }
}
