package jp.tsunagu.delivery;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.CompletionGuard;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery and QA: each batch's delivery by the intermediary, its inspection by the director against the plan's
 * standard ({@link DeliveryPlanService}), and the rework of a failed batch. Every
 * step records first and then completes the batch's task, in one transaction; the guards refuse completing a
 * batch's task any other way.
 */
@Service
public class DeliveryService implements CompletionGuard {

    public static final BigDecimal PRICE_MAX = new BigDecimal("10000000");
    public static final int QUANTITY_MAX = 10_000_000;
    public static final int CHECKS_MAX = 20;
    public static final int CHECK_LABEL_MAX = 200;
    public static final int NOTE_MAX = 1_000;
    public static final int INSPECTION_NOTE_MAX = 2_000;
    /** A contract longer than this many months is a typing error. */
    public static final int CONTRACT_MONTHS_MAX = 60;

    private static final ZoneId ZONE = Application.TOKYO;

    private final DeliveryPlanRepository plans;
    private final DeliveryBatchRepository batches;
    private final InspectionRepository inspections;
    private final QaCheckItemRepository checks;
    private final ErrorTypes errorTypes;
    private final DealService deals;
    private final TaskInboxService inbox;
    private final CurrentUser currentUser;
    private final BatchRows batchRows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeliveryService(
            DeliveryPlanRepository plans,
            DeliveryBatchRepository batches,
            InspectionRepository inspections,
            QaCheckItemRepository checks,
            ErrorTypes errorTypes,
            DealService deals,
            TaskInboxService inbox,
            CurrentUser currentUser,
            BatchRows batchRows,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.batches = batches;
        this.inspections = inspections;
        this.checks = checks;
        this.errorTypes = errorTypes;
        this.deals = deals;
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.batchRows = batchRows;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<BatchRow> batches(long dealId) {
        return batchRows.of(batches.findByDealIdOrderByCycleAscDueOnAscIdAsc(dealId));
    }

    /** The batch an open task is for, if the task is a batch's. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public Optional<BatchRow> ofTask(String taskId) {
        return batches.findByTaskId(taskId).map(b -> batchRows.of(List.of(b)).get(0));
    }

    /** The checks the inspector ticks on this deal's batches. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<String> checks(long dealId) {
        return checks.findByDealIdOrderBySortOrderAscIdAsc(dealId).stream()
                .map(QaCheckItem::getLabel)
                .toList();
    }

    /**
     * The batch arrived from its facility. Refused, with nothing saved, when it is not due (already delivered or not
     * yet opened), with no quantity, or with more than was planned for it.
     */
    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional
    public void recordDelivery(long batchId, Integer quantity, String note) {
        DeliveryBatch batch = batch(batchId);
        if (batch.getState() != BatchState.OPEN) {
            throw new UserFacingException("delivery.notDue");
        }
        if (quantity == null || quantity <= 0) {
            throw UserFacingException.onField("quantity", "delivery.delivered.positive");
        }
        if (quantity > batch.getPlannedQuantity()) {
            throw UserFacingException.onField(
                    "quantity", "delivery.delivered.overPlanned", quantity, batch.getPlannedQuantity());
        }
        checkNote(note, NOTE_MAX);
        batch.delivered(quantity, blankToNull(note), currentUser.username(), clock.instant());
        BatchRow.Report report = batch.report();
        if (report != null) {
            // The facility's workers and hours on this batch go to its wage ledger, in the month it delivered.
            events.publishEvent(new DeliveryConfirmed(
                    batch.getFacilityId(), YearMonth.from(report.at().atZone(ZONE)), report.workers(), report.hours()));
        }
        complete(batch, Outcome.DELIVERED);
    }

    /**
     * Inspects a delivered batch and completes its inspection task: accepted within the standard with every check
     * ticked, else back to rework. Refused, with nothing saved, for a batch that has not arrived, more pieces checked
     * than delivered, more errors than pieces checked, a negative count or an unknown kind of error.
     */
    @RolesAllowed(AppRoles.DIRECTOR)
    @Transactional
    public Verdict inspect(long batchId, InspectionForm form) {
        DeliveryBatch batch = batch(batchId);
        switch (batch.getState()) {
            case DELIVERED -> {
                // arrived: to be inspected
            }
            case ACCEPTED -> throw new UserFacingException("inspection.accepted");
            case REWORK -> throw new UserFacingException("inspection.inRework");
            default -> throw new UserFacingException("inspection.notArrived");
        }
        DeliveryPlan plan = plans.findById(batch.getDealId()).orElseThrow();
        Verdict verdict = verdict(batch, plan.getAcceptedErrorRate(), form);
        checkNote(form.note(), INSPECTION_NOTE_MAX);
        int round = inspections.countByBatchId(batchId) + 1;
        inspections.save(new Inspection(
                batch,
                round,
                verdict,
                form.errors() == null ? Map.of() : form.errors(),
                form.checksDone(),
                blankToNull(form.note()),
                currentUser.username(),
                clock.instant(),
                LocalDate.ofInstant(clock.instant(), ZONE)));
        if (verdict.passed()) {
            batch.accepted(clock.instant(), LocalDate.ofInstant(clock.instant(), ZONE));
            complete(batch, Outcome.ACCEPTED);
        } else {
            batch.failed();
            complete(batch, Outcome.REWORK);
        }
        return verdict;
    }

    /** What an inspection as entered so far would decide (the form shows it live); refuses what inspect refuses. */
    @RolesAllowed(AppRoles.DIRECTOR)
    @Transactional(readOnly = true)
    public Verdict preview(long batchId, InspectionForm form) {
        DeliveryBatch batch = batch(batchId);
        DeliveryPlan plan = plans.findById(batch.getDealId()).orElseThrow();
        return verdict(batch, plan.getAcceptedErrorRate(), form);
    }

    /** The facility fixed the failed batch: it goes back to inspection. Refused for a batch not in rework. */
    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional
    public void redeliver(long batchId, String note) {
        DeliveryBatch batch = batch(batchId);
        if (batch.getState() != BatchState.REWORK) {
            throw new UserFacingException("rework.notInRework");
        }
        checkNote(note, NOTE_MAX);
        batch.redelivered(blankToNull(note));
        complete(batch, Outcome.REDELIVERED);
    }

    private Verdict verdict(DeliveryBatch batch, BigDecimal standard, InspectionForm form) {
        Integer delivered = batch.getDeliveredQuantity();
        if (form.piecesChecked() == null || form.piecesChecked() <= 0) {
            throw UserFacingException.onField("checked", "inspection.checked.positive");
        }
        if (delivered != null && form.piecesChecked() > delivered) {
            throw UserFacingException.onField(
                    "checked", "inspection.checked.overDelivered", form.piecesChecked(), delivered);
        }
        Set<String> known = errorTypes.all().stream().map(ErrorTypeOption::code).collect(Collectors.toSet());
        int errors = 0;
        if (form.errors() != null) {
            for (Map.Entry<String, Integer> e : form.errors().entrySet()) {
                if (!known.contains(e.getKey())) {
                    throw new UserFacingException("inspection.errorType.unknown", e.getKey());
                }
                if (e.getValue() != null && e.getValue() < 0) {
                    throw UserFacingException.onField("errors." + e.getKey(), "inspection.errors.negative");
                }
                errors += e.getValue() == null ? 0 : e.getValue();
            }
        }
        if (errors > form.piecesChecked()) {
            throw UserFacingException.onField("checked", "inspection.errors.overChecked", errors, form.piecesChecked());
        }
        boolean checksDone = form.checksDone()
                || checks.findByDealIdOrderBySortOrderAscIdAsc(batch.getDealId())
                        .isEmpty();
        return Verdict.of(form.piecesChecked(), errors, standard, checksDone);
    }

    private void complete(DeliveryBatch batch, Outcome outcome) {
        if (batch.getTaskId() == null) {
            throw UserFacingException.notFound("task.gone");
        }
        inbox.complete(batch.getTaskId(), Completion.of(outcome, deals.versionOf(batch.getDealId())));
    }

    /** A batch's task is completed only through the steps above, which record first. */
    @Override
    public void check(long dealId, PipelineTask task, Outcome outcome) {
        if (task == PipelineTask.EVALUATE_TRIAL && outcome == Outcome.PASSED) {
            DeliveryPlan plan =
                    plans.findById(dealId).orElseThrow(() -> new UserFacingException("delivery.plan.missing"));
            if (plan.isRecurring()
                    ? plan.getMonthlyQuantities().isEmpty()
                    : batches.findByDealIdAndState(dealId, BatchState.PLANNED).isEmpty()) {
                throw new UserFacingException("delivery.plan.missing");
            }
        }
    }

    @Override
    public void check(long dealId, String taskId, PipelineTask task, Outcome outcome) {
        check(dealId, task, outcome);
        if (!task.isBatchTask()) {
            return;
        }
        DeliveryBatch batch = batches.findByTaskId(taskId).orElseThrow(() -> UserFacingException.notFound("task.gone"));
        BatchState expected =
                switch (outcome) {
                    case DELIVERED, REDELIVERED -> BatchState.DELIVERED;
                    case ACCEPTED -> BatchState.ACCEPTED;
                    case REWORK -> BatchState.REWORK;
                    default -> null;
                };
        if (batch.getState() != expected) {
            throw new UserFacingException("delivery.recordFirst");
        }
    }

    private DeliveryBatch batch(long batchId) {
        DeliveryBatch batch =
                batches.findById(batchId).orElseThrow(() -> UserFacingException.notFound("delivery.batch.notFound"));
        if (deals.statusOf(batch.getDealId()) != DealStatus.OPEN) {
            throw new UserFacingException("deal.closed");
        }
        return batch;
    }

    private static void checkNote(String note, int max) {
        if (note != null && note.strip().length() > max) {
            throw new UserFacingException("briefing.text.size", max);
        }
    }
}
