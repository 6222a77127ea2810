package jp.tsunagu.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.delivery.BatchState;
import jp.tsunagu.delivery.DeliveryPlanService;
import jp.tsunagu.delivery.DeliveryService;
import jp.tsunagu.delivery.InspectionForm;
import jp.tsunagu.delivery.PlanForm;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.trial.BriefingForm;
import jp.tsunagu.trial.BriefingKind;
import jp.tsunagu.trial.BriefingService;
import jp.tsunagu.trial.ResultForm;
import jp.tsunagu.trial.TrialForm;
import jp.tsunagu.trial.TrialRecord;
import jp.tsunagu.trial.TrialService;
import org.springframework.stereotype.Component;

/** Completes a deal's current task as a given user, the way the task form does. */
@Component
class PipelineDriver {

    private final TaskInboxService inbox;
    private final DealService deals;
    private final TestData data;
    private final TrialService trials;
    private final BriefingService briefings;
    private final DeliveryService deliveries;
    private final DeliveryPlanService plans;

    PipelineDriver(
            TaskInboxService inbox,
            DealService deals,
            TestData data,
            TrialService trials,
            BriefingService briefings,
            DeliveryService deliveries,
            DeliveryPlanService plans) {
        this.plans = plans;
        this.inbox = inbox;
        this.deals = deals;
        this.data = data;
        this.trials = trials;
        this.briefings = briefings;
        this.deliveries = deliveries;
    }

    InboxTask currentTask(long dealId, String user, String role) {
        TestData.actAs(user, role);
        return inbox.openTasksOf(dealId).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open task for deal " + dealId + " visible to " + user));
    }

    void complete(long dealId, Outcome outcome, String user, String role) {
        if (outcome == Outcome.ASSIGNED) {
            // Facilities are confirmed in the assignment workspace, which completes the task itself.
            data.assign(dealId, user);
            return;
        }
        // A batch's tasks are completed by recording the delivery, the inspection or the rework.
        switch (outcome) {
            case DELIVERED -> {
                TestData.actAs(user, role);
                deliveries.batches(dealId).stream()
                        .filter(b -> b.state() == BatchState.OPEN)
                        .forEach(b -> deliveries.recordDelivery(b.id(), b.plannedQuantity(), null));
                return;
            }
            case ACCEPTED, REWORK -> {
                TestData.actAs(user, role);
                deliveries.batches(dealId).stream()
                        .filter(b -> b.state() == BatchState.DELIVERED)
                        .forEach(b -> deliveries.inspect(
                                b.id(),
                                new InspectionForm(
                                        b.deliveredQuantity(),
                                        Map.of(
                                                "WRONG_ENTRY",
                                                outcome == Outcome.REWORK ? b.deliveredQuantity() / 2 : 0),
                                        true,
                                        null)));
                return;
            }
            case REDELIVERED -> {
                TestData.actAs(user, role);
                deliveries.batches(dealId).stream()
                        .filter(b -> b.state() == BatchState.REWORK)
                        .forEach(b -> deliveries.redeliver(b.id(), "修正済み"));
                return;
            }
            case TRIAL_DONE -> prepareTrial(dealId, user, role);
            case PASSED -> preparePlan(dealId, user, role);
            default -> {
                // the task's own decision is all there is
            }
        }
        InboxTask task = currentTask(dealId, user, role);
        long version = deals.details(dealId).orElseThrow().version();
        Completion completion =
                switch (outcome) {
                    case LOST -> new Completion(outcome, LostReasonOption.PRICE, "予算超過", null, version);
                    case NURTURE -> new Completion(
                            outcome, null, null, LocalDate.now().plusDays(10), version);
                    default -> Completion.of(outcome, version);
                };
        inbox.complete(task.taskId(), completion);
    }

    /** A briefing held yesterday, a sample of 10 and every assigned facility's result. */
    void prepareTrial(long dealId, String user, String role) {
        TestData.actAs(user, role);
        var assigned = trials.of(dealId).results();
        briefings.addBriefing(
                dealId,
                new BriefingForm(
                        BriefingKind.TRIAL,
                        LocalDate.now().minusDays(1),
                        LocalTime.of(10, 0),
                        true,
                        "https://meet.example.jp/x",
                        assigned.stream().map(TrialRecord.Result::facilityId).collect(Collectors.toSet()),
                        null,
                        null,
                        null));
        trials.plan(dealId, 0, new TrialForm(10, LocalDate.now().plusDays(3), null));
        assigned.forEach(
                r -> trials.recordResult(dealId, r.facilityId(), r.version(), new ResultForm(10, 60, 2, 0, null)));
    }

    /** A one-off plan: one batch per assigned facility of its whole quantity, due in a week, ¥30 a piece, 1 %. */
    void preparePlan(long dealId, String user, String role) {
        TestData.actAs(user, role);
        var plan = plans.plan(dealId);
        plans.savePlan(
                dealId,
                plan.version(),
                new PlanForm(
                        new BigDecimal("30"),
                        PricingBasis.PER_PIECE,
                        BigDecimal.ONE,
                        false,
                        null,
                        null,
                        null,
                        List.of(),
                        plan.facilities().stream()
                                .map(f -> new PlanForm.Batch(
                                        f.facilityId(), LocalDate.now().plusDays(7), f.assignedQuantity()))
                                .toList(),
                        List.of()));
    }
}
