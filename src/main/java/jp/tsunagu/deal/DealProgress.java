package jp.tsunagu.deal;

import java.time.Clock;
import java.time.LocalDate;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pipeline tells a deal as it moves: the stage it entered, the decision taken on a task (lost, nurture,
 * next contact), and how it ended (ordered, lost, completed). No screen calls these; the engine's transaction does.
 */
@Service
public class DealProgress {

    private final AuditLog audit;
    private final Clock clock;
    private final DealRepository deals;
    private final LostReasons lostReasons;
    private final ApplicationEventPublisher events;

    DealProgress(
            AuditLog audit,
            Clock clock,
            DealRepository deals,
            LostReasons lostReasons,
            ApplicationEventPublisher events) {
        this.audit = audit;
        this.clock = clock;
        this.deals = deals;
        this.lostReasons = lostReasons;
        this.events = events;
    }

    /**
     * The director promised the customer a next contact (an activity's next action): the deal shows it, and
     * its nurturing reminder moves to that day.
     */
    @Transactional
    public void planNextContact(long dealId, LocalDate on) {
        Deal deal = load(dealId);
        if (deal.getStatus() != DealStatus.OPEN) {
            return;
        }
        deal.planNextContact(on, clock.instant());
        events.publishEvent(new NextContactPlanned(dealId, on));
    }

    /** The process reached a stage: the deal stands there now. */
    @Transactional
    public void enterStage(long dealId, DealStage stage) {
        load(dealId).enterStage(stage, clock.instant());
    }

    /**
     * Records what a person decided at a stage, provided the deal is still the one they looked at:
     * a deal changed under them is refused rather than overwritten.
     */
    @Transactional
    public void recordResult(long dealId, long expectedVersion, StageResult result, String actor, Party actorParty) {
        Deal deal = load(dealId);
        if (deal.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("deal.changed");
        }
        if (result.lostReason() != null) {
            LostReasonOption reason = lostReasons
                    .find(result.lostReason())
                    .filter(LostReasonOption::active)
                    .orElseThrow(() -> new UserFacingException("lostReason.unknown"));
            if (reason.needsNote()
                    && (result.lostNote() == null || result.lostNote().isBlank())) {
                throw new UserFacingException("task.lostNote.required");
            }
        }
        if (actorParty == Party.INTERMEDIARY) {
            deal.assignIntermediary(actor, clock.instant());
        }
        deal.apply(result, clock.instant());
        if (result.lostReason() != null) {
            audit.record(
                    AuditKind.DEAL,
                    dealId,
                    dealId,
                    "lost",
                    lostReasons
                                    .find(result.lostReason())
                                    .map(LostReasonOption::labelJa)
                                    .orElse("")
                            + (result.lostNote() == null ? "" : " — " + result.lostNote()));
        } else if (result.nextContactOn() != null) {
            audit.record(
                    AuditKind.DEAL,
                    dealId,
                    dealId,
                    "nurture",
                    result.nextContactOn().toString().replace('-', '/'));
        }
        if (result.nextContactOn() != null) {
            events.publishEvent(new NextContactPlanned(dealId, result.nextContactOn()));
        }
    }

    @Transactional
    public void markLost(long dealId) {
        Deal deal = load(dealId);
        deal.close(DealStatus.LOST, clock.instant());
        events.publishEvent(new DealClosed(dealId, DealStatus.LOST, deal.getStage()));
    }

    /** The customer ordered (the trial's "go" opened the first deliveries): counts in the order KPIs from today. */
    @Transactional
    public void markOrdered(long dealId) {
        load(dealId).markOrdered(clock.instant());
        audit.record(AuditKind.DEAL, dealId, dealId, "ordered", "");
    }

    @Transactional
    public void markCompleted(long dealId) {
        Deal deal = load(dealId);
        deal.close(DealStatus.COMPLETED, clock.instant());
        audit.record(AuditKind.DEAL, dealId, dealId, "completed", "");
        events.publishEvent(new DealClosed(dealId, DealStatus.COMPLETED, deal.getStage()));
    }

    private Deal load(long dealId) {
        return deals.findById(dealId).orElseThrow(() -> UserFacingException.notFound("deal.notFound", dealId));
    }
}
