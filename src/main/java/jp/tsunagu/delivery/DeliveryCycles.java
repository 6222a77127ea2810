package jp.tsunagu.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import jp.tsunagu.deal.DealProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The process's side of delivery: opening each cycle's batches, the next month, due dates (no person behind these). */
@Component
class DeliveryCycles {

    private final DeliveryPlanRepository plans;
    private final DeliveryBatchRepository batches;
    private final DealProgress deals;
    private final Clock clock;

    DeliveryCycles(DeliveryPlanRepository plans, DeliveryBatchRepository batches, DealProgress deals, Clock clock) {
        this.plans = plans;
        this.batches = batches;
        this.deals = deals;
        this.clock = clock;
    }

    /** Opens the next cycle's batches and returns their ids (the process runs one delivery per batch). */
    @Transactional
    List<String> openCycle(long dealId) {
        DeliveryPlan plan =
                plans.findById(dealId).orElseThrow(() -> new IllegalStateException("no plan for " + dealId));
        int cycle = plan.openNextCycle();
        if (cycle == 1) {
            deals.markOrdered(dealId);
        }
        List<DeliveryBatch> opened = new ArrayList<>();
        if (plan.isRecurring()) {
            LocalDate due = plan.dueOf(cycle);
            new TreeMap<>(plan.getMonthlyQuantities())
                    .forEach((facilityId, quantity) -> opened.add(batches.save(new DeliveryBatch(
                            dealId,
                            facilityId,
                            cycle,
                            due,
                            quantity,
                            plan.getUnitPrice(),
                            BatchState.OPEN,
                            "system",
                            clock.instant()))));
        } else {
            batches.findByDealIdAndState(dealId, BatchState.PLANNED).forEach(b -> {
                b.open();
                opened.add(b);
            });
        }
        batches.flush();
        return opened.stream().map(b -> String.valueOf(b.getId())).toList();
    }

    /** Whether the contract goes on after the cycle just closed; empty when it does not. */
    @Transactional(readOnly = true)
    Optional<LocalDate> nextCycleMonth(long dealId) {
        DeliveryPlan plan = plans.findById(dealId).orElseThrow();
        return plan.hasNextCycle() ? Optional.of(plan.monthOf(plan.getCyclesOpened() + 1)) : Optional.empty();
    }

    @Transactional(readOnly = true)
    LocalDate dueOn(long batchId) {
        return batches.findById(batchId).orElseThrow().getDueOn();
    }

    /** A batch's task arrived: the batch remembers it, so its forms and remarks find it. */
    @Transactional
    void taskArrived(long batchId, String taskId) {
        batches.findById(batchId).ifPresent(b -> b.taskArrived(taskId));
    }
}
