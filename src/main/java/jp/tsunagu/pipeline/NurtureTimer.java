package jp.tsunagu.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.NextContactPlanned;
import jp.tsunagu.security.AppRoles;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nurturing reminder: a deal in nurturing waits at {@code waitNextContact} until its next contact date
 * and then lands in its director's inbox again. When a later (or earlier) next action is logged, the timer
 * moves with it, so the deal comes back on the day the director promised the customer.
 */
@Component
public class NurtureTimer {

    /** The process variable the timer reads: the next contact, at the start of that business day. */
    static final String ACTIVITY = "waitNextContact";
    /** A reminder lands at nine in the morning, Japan time, when the office starts its day. */
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private static final ZoneId TOKYO = Application.TOKYO;

    private final RuntimeService runtime;
    private final ManagementService management;

    NurtureTimer(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    static Date at(LocalDate day) {
        return Date.from(day.atTime(MORNING).atZone(TOKYO).toInstant());
    }

    @EventListener
    public void onNextContactPlanned(NextContactPlanned event) {
        Job timer = timerOf(event.dealId());
        if (timer != null) {
            management.setJobDuedate(timer.getId(), at(event.on()));
        }
    }

    /** When a deal waiting in nurturing comes back to its director; empty when it is not waiting. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public Optional<Instant> waitingUntil(long dealId) {
        return Optional.ofNullable(timerOf(dealId)).map(j -> j.getDuedate().toInstant());
    }

    /**
     * The director takes the deal up before its next contact date (the customer called back, or the deal is
     * to be dropped): its nurturing task is back in the inbox at once.
     */
    @RolesAllowed(AppRoles.DIRECTOR)
    @Transactional
    public void resumeNow(long dealId) {
        Job timer = timerOf(dealId);
        if (timer == null) {
            throw new UserFacingException("nurture.notWaiting");
        }
        management.executeJob(timer.getId());
    }

    private Job timerOf(long dealId) {
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PipelineTask.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(dealId))
                .singleResult();
        if (process == null) {
            return null;
        }
        return management
                .createJobQuery()
                .processInstanceId(process.getId())
                .activityId(ACTIVITY)
                .timers()
                .singleResult();
    }
}
