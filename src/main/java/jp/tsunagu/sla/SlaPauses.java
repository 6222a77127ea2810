package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.pipeline.TaskDeadlines;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stopping a deal's clocks while it waits (for the customer, for materials) and starting them again: only the
 * clocks the person answers for, with a reason; the tasks lose their due dates meanwhile.
 */
@Service
public class SlaPauses {

    private final CalendarService calendars;
    private final Clock clock;
    private final SlaClockRepository clocks;
    private final CurrentUser currentUser;
    private final TaskDeadlines deadlines;
    private final DealService deals;
    private final SlaClockPauseRepository pauses;
    private final PauseReasons reasons;

    SlaPauses(
            CalendarService calendars,
            Clock clock,
            SlaClockRepository clocks,
            CurrentUser currentUser,
            TaskDeadlines deadlines,
            DealService deals,
            SlaClockPauseRepository pauses,
            PauseReasons reasons) {
        this.reasons = reasons;
        this.calendars = calendars;
        this.clock = clock;
        this.clocks = clocks;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
        this.deals = deals;
        this.pauses = pauses;
    }

    /**
     * The deal waits (for the customer, for materials): the running clocks this user answers for stop counting and
     * their tasks lose their due dates until {@link #resume}. Refused without a reason, to anyone who does not answer
     * for any of the deal's clocks, or when none of theirs is running.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional
    public void pause(long dealId, String reasonCode, String note) {
        PauseReasons.Reason why = reasonCode == null
                ? null
                : reasons.find(reasonCode).filter(PauseReasons.Reason::active).orElse(null);
        if (why == null) {
            throw UserFacingException.onField("reasonCode", "sla.pause.reason.required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null && why.needsText()) {
            throw UserFacingException.onField("reason", "sla.pause.note.required");
        }
        if (text != null && text.length() > SlaClockPause.REASON_MAX) {
            throw UserFacingException.onField("reason", "sla.pause.reason.size", SlaClockPause.REASON_MAX);
        }
        List<SlaClock> running =
                mineOrRefuse(dealId).stream().filter(c -> !c.isPaused()).toList();
        if (running.isEmpty()) {
            throw new UserFacingException("sla.pause.nothingRunning");
        }
        pauseAll(running, why, text == null ? why.labelJa() : text);
    }

    private void pauseAll(List<SlaClock> running, PauseReasons.Reason why, String reason) {
        Instant now = clock.instant();
        for (SlaClock c : running) {
            c.pause(calendars.workingTime(c.getParty()), now);
            pauses.save(new SlaClockPause(c.getId(), now, why, reason, currentUser.username()));
            deadlines.setDue(c.getTaskId(), null);
        }
    }

    /**
     * Whether this user may pause and resume clocks of the deal: supervisors always; on the company's side (company
     * and joint stages) the deal's director; on the intermediary's side (its own and the facilities' offers) the
     * deal's intermediary owner or, while the deal has none, whoever holds the task or sent the offer.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public boolean canPause(long dealId) {
        return !mine(dealId).isEmpty();
    }

    /** The deal's open clocks this user answers for. */
    private List<SlaClock> mine(long dealId) {
        return mine(dealId, clocks.findByDealIdAndStoppedAtIsNull(dealId));
    }

    private List<SlaClock> mine(long dealId, List<SlaClock> open) {
        if (currentUser.hasRole(AppRoles.SUPERVISOR)) {
            return open;
        }
        String me = currentUser.username();
        boolean director = currentUser.hasRole(AppRoles.DIRECTOR) && me.equals(deals.directorOf(dealId));
        boolean intermediary = currentUser.hasRole(AppRoles.INTERMEDIARY);
        String owner = intermediary ? deals.intermediaryOf(dealId) : null;
        return open.stream()
                .filter(c -> switch (c.getParty()) {
                    case COMPANY, JOINT -> director;
                    case INTERMEDIARY -> intermediary
                            && (owner == null ? me.equals(c.getAssignee()) : me.equals(owner));
                    case FACILITY -> intermediary
                            && (owner == null
                                    ? deadlines
                                            .offerSenderOf(c.getTaskId())
                                            .filter(me::equals)
                                            .isPresent()
                                    : me.equals(owner));
                })
                .toList();
    }

    /** The deal's open clocks this user answers for; refused when the deal has open clocks and none is theirs. */
    private List<SlaClock> mineOrRefuse(long dealId) {
        List<SlaClock> open = clocks.findByDealIdAndStoppedAtIsNull(dealId);
        List<SlaClock> mine = mine(dealId, open);
        if (mine.isEmpty() && !open.isEmpty()) {
            throw new UserFacingException("sla.pause.notYours");
        }
        return mine;
    }

    /**
     * A question went to the customer (the deal's director put it, see the questions): all the deal's running clocks
     * pause, both sides', since every one of them now waits for the customer. Returns whether anything paused.
     */
    @Transactional
    public boolean pauseIfRunning(long dealId, String reason) {
        List<SlaClock> running = clocks.findByDealIdAndStoppedAtIsNull(dealId).stream()
                .filter(c -> !c.isPaused())
                .toList();
        if (!running.isEmpty()) {
            pauseAll(
                    running,
                    reasons.find(PauseReasons.CUSTOMER_ANSWER).orElseThrow(),
                    reason.length() > SlaClockPause.REASON_MAX
                            ? reason.substring(0, SlaClockPause.REASON_MAX - 1) + "…"
                            : reason);
        }
        return !running.isEmpty();
    }

    /** The customer answered the last open question: paused clocks run again, if any are paused. */
    @Transactional
    public boolean resumeIfPaused(long dealId) {
        List<SlaClock> paused = clocks.findByDealIdAndStoppedAtIsNull(dealId).stream()
                .filter(SlaClock::isPaused)
                .toList();
        resumeAll(paused);
        return !paused.isEmpty();
    }

    /** The wait is over: the paused clocks this user answers for count again from now, with new due dates. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional
    public void resume(long dealId) {
        List<SlaClock> paused =
                mineOrRefuse(dealId).stream().filter(SlaClock::isPaused).toList();
        if (paused.isEmpty()) {
            throw new UserFacingException("sla.resume.nothingPaused");
        }
        resumeAll(paused);
    }

    private void resumeAll(List<SlaClock> paused) {
        Instant now = clock.instant();
        for (SlaClock c : paused) {
            WorkingTime time = calendars.workingTime(c.getParty());
            c.resume(time, now);
            pauses.findFirstByClockIdAndResumedAtIsNull(c.getId())
                    .ifPresent(p -> p.resumed(now, time.secondsBetween(p.getPausedAt(), now)));
            deadlines.setDue(c.getTaskId(), c.getDueAt());
        }
    }
}
