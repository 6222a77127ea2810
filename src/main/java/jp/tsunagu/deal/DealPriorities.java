package jp.tsunagu.deal;

import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's priority after it was opened. The hand-offs that start from then on run on that priority's SLA targets;
 * a hand-off already running keeps the target it started with, so a clock never jumps under the person working it.
 */
@Service
public class DealPriorities {

    private final DealRepository deals;
    private final AuditLog audit;

    DealPriorities(DealRepository deals, AuditLog audit) {
        this.deals = deals;
        this.audit = audit;
    }

    /** Sets the priority of an open deal (its director's side or a supervisor); a change is written to its history. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.SUPERVISOR})
    @Transactional
    public DealPriority change(long dealId, DealPriority priority) {
        if (priority == null) {
            throw UserFacingException.onField("priority", "deal.priority.required");
        }
        Deal deal = deals.findById(dealId).orElseThrow(() -> UserFacingException.notFound("deal.notFound", dealId));
        if (deal.getStatus() != DealStatus.OPEN) {
            throw new UserFacingException("deal.closed");
        }
        DealPriority before = deal.getPriority();
        if (before != priority) {
            deal.prioritise(priority);
            audit.record(
                    AuditKind.DEAL,
                    dealId,
                    dealId,
                    "priority",
                    AuditLog.ja("deal.priority." + before) + " → " + AuditLog.ja("deal.priority." + priority));
        }
        return priority;
    }
}
