package jp.tsunagu.delivery;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's delivery plan: price, quality standard, batches or a monthly cycle per assigned facility, and the checks
 * the inspector ticks. Saved by the director or the intermediary until deliveries begin (a cycle's quantities
 * after that too).
 */
@Service
public class DeliveryPlanService {

    private final DeliveryPlanRepository plans;
    private final DeliveryBatchRepository batches;
    private final QaCheckItemRepository checks;
    private final DealService deals;
    private final RequirementsService requirements;
    private final AssignedShares shares;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    DeliveryPlanService(
            DeliveryPlanRepository plans,
            DeliveryBatchRepository batches,
            QaCheckItemRepository checks,
            DealService deals,
            RequirementsService requirements,
            AssignedShares shares,
            CurrentUser currentUser,
            UserDirectory users,
            Clock clock) {
        this.plans = plans;
        this.batches = batches;
        this.checks = checks;
        this.deals = deals;
        this.requirements = requirements;
        this.shares = shares;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public PlanDetails plan(long dealId) {
        DeliveryPlan plan = plans.findById(dealId).orElse(null);
        Map<Long, Integer> monthly = plan == null ? Map.of() : plan.getMonthlyQuantities();
        List<PlanDetails.Facility> facilities = shares.of(dealId).stream()
                .map(a -> new PlanDetails.Facility(a.facilityId(), a.name(), a.quantity(), monthly.get(a.facilityId())))
                .toList();
        List<String> checkLabels = checks.findByDealIdOrderBySortOrderAscIdAsc(dealId).stream()
                .map(QaCheckItem::getLabel)
                .toList();
        if (plan == null) {
            RequirementsForm sheet = requirements.of(dealId).form();
            boolean recurring = deals.details(dealId)
                    .map(d -> d.orderType() == OrderType.RECURRING)
                    .orElse(false);
            return new PlanDetails(
                    dealId,
                    false,
                    0,
                    sheet.getUnitPrice(),
                    sheet.getPricingBasis() == null ? PricingBasis.PER_PIECE : sheet.getPricingBasis(),
                    sheet.getAcceptedErrorRate(),
                    recurring,
                    null,
                    null,
                    null,
                    0,
                    facilities,
                    checkLabels,
                    null,
                    null);
        }
        return new PlanDetails(
                dealId,
                true,
                plan.getVersion(),
                plan.getUnitPrice(),
                plan.getPricingBasis(),
                plan.getAcceptedErrorRate(),
                plan.isRecurring(),
                plan.getFirstMonth(),
                plan.getContractEnd(),
                plan.getDueDay(),
                plan.getCyclesOpened(),
                facilities,
                checkLabels,
                users.displayName(plan.getUpdatedBy()),
                plan.getUpdatedAt());
    }

    /**
     * Saves the plan. Refused, with nothing saved: without a price or standard, with a batch or monthly share for a
     * facility not assigned, a batch due in the past, more for a facility than it was assigned (the job's
     * quantity), a contract that ends before it starts, batches changed once deliveries began, or when someone
     * else saved meanwhile.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY})
    @Transactional
    public void savePlan(long dealId, long expectedVersion, PlanForm form) {
        DealDetails deal = deals.open(dealId);
        if (!deal.stage().withFacilities()) {
            throw new UserFacingException("delivery.plan.stage");
        }
        DeliveryPlan plan = plans.findById(dealId).orElse(null);
        if (plan != null && plan.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("delivery.plan.changed");
        }
        boolean started = plan != null && plan.getCyclesOpened() > 0;
        PlanRules.check(form, started, plan, shares.of(dealId), LocalDate.now(clock.withZone(Application.TOKYO)));
        String me = currentUser.username();
        if (plan == null) {
            plan = new DeliveryPlan(dealId);
        }
        plan.update(form, me, clock.instant());
        plans.save(plan);
        if (!started) {
            batches.deleteByDealIdAndState(dealId, BatchState.PLANNED);
            batches.flush();
            if (!form.recurring()) {
                for (PlanForm.Batch b : form.batches()) {
                    batches.save(new DeliveryBatch(
                            dealId,
                            b.facilityId(),
                            1,
                            b.dueOn(),
                            b.quantity(),
                            form.unitPrice(),
                            BatchState.PLANNED,
                            me,
                            clock.instant()));
                }
            }
        }
        checks.deleteByDealId(dealId);
        checks.flush();
        List<String> labels = form.checks() == null ? List.of() : form.checks();
        int order = 0;
        for (String label : labels) {
            if (label != null && !label.isBlank()) {
                checks.save(new QaCheckItem(dealId, label.strip(), order += 10));
            }
        }
    }
}
