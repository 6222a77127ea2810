package jp.tsunagu.delivery;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.CompletionGuard;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery and QA: the plan (price, quality standard, batches or a monthly cycle), each batch's delivery by the
 * intermediary, its inspection by the director against the standard, and the rework of a failed batch. Every
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
    private final RequirementsService requirements;
    private final TaskInboxService inbox;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final NamedParameterJdbcTemplate jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    DeliveryService(
            DeliveryPlanRepository plans,
            DeliveryBatchRepository batches,
            InspectionRepository inspections,
            QaCheckItemRepository checks,
            ErrorTypes errorTypes,
            DealService deals,
            RequirementsService requirements,
            TaskInboxService inbox,
            CurrentUser currentUser,
            UserDirectory users,
            NamedParameterJdbcTemplate jdbc,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.plans = plans;
        this.batches = batches;
        this.inspections = inspections;
        this.checks = checks;
        this.errorTypes = errorTypes;
        this.deals = deals;
        this.requirements = requirements;
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- the plan ----

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public PlanView plan(long dealId) {
        DeliveryPlan plan = plans.findById(dealId).orElse(null);
        Map<Long, Integer> monthly = plan == null ? Map.of() : plan.getMonthlyQuantities();
        List<PlanView.Facility> facilities = assigned(dealId).stream()
                .map(a -> new PlanView.Facility(a.id(), a.name(), a.quantity(), monthly.get(a.id())))
                .toList();
        List<String> checkLabels = checks.findByDealIdOrderBySortOrderAscIdAsc(dealId).stream()
                .map(QaCheckItem::getLabel)
                .toList();
        if (plan == null) {
            RequirementsForm sheet = requirements.of(dealId).form();
            boolean recurring = deals.details(dealId)
                    .map(d -> d.orderType() == jp.tsunagu.deal.OrderType.RECURRING)
                    .orElse(false);
            return new PlanView(
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
        return new PlanView(
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
        DealDetails deal =
                deals.details(dealId).orElseThrow(() -> UserFacingException.notFound("deal.notFound", dealId));
        if (deal.status() != DealStatus.OPEN) {
            throw new UserFacingException("deal.closed");
        }
        if (!deal.stage().withFacilities()) {
            throw new UserFacingException("delivery.plan.stage");
        }
        DeliveryPlan plan = plans.findById(dealId).orElse(null);
        if (plan != null && plan.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("delivery.plan.changed");
        }
        boolean started = plan != null && plan.getCyclesOpened() > 0;
        validate(form, started, plan, assigned(dealId));
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

    private void validate(PlanForm f, boolean started, DeliveryPlan plan, List<Assigned> assigned) {
        if (f.unitPrice() == null
                || f.unitPrice().signum() <= 0
                || f.unitPrice().compareTo(PRICE_MAX) > 0
                || f.unitPrice().scale() > 2) {
            throw new UserFacingException("delivery.price.range");
        }
        if (f.pricingBasis() == null) {
            throw new UserFacingException("delivery.basis.required");
        }
        if (f.acceptedErrorRate() == null
                || f.acceptedErrorRate().signum() < 0
                || f.acceptedErrorRate().compareTo(BigDecimal.valueOf(100)) > 0
                || f.acceptedErrorRate().scale() > 2) {
            throw new UserFacingException("delivery.errorRate.range");
        }
        if (started && plan.isRecurring() != f.recurring()) {
            throw new UserFacingException("delivery.plan.started");
        }
        Map<Long, Assigned> byId = assigned.stream().collect(Collectors.toMap(Assigned::id, a -> a));
        if (f.recurring()) {
            if (f.firstMonth() == null || f.contractEnd() == null || f.dueDay() == null) {
                throw new UserFacingException("delivery.cycle.required");
            }
            if (f.dueDay() < 1 || f.dueDay() > 31) {
                throw new UserFacingException("delivery.dueDay.range");
            }
            LocalDate first = started ? plan.getFirstMonth() : f.firstMonth().withDayOfMonth(1);
            if (f.contractEnd().isBefore(first)) {
                throw new UserFacingException("delivery.contract.order");
            }
            if (f.contractEnd().isAfter(first.plusMonths(CONTRACT_MONTHS_MAX))) {
                throw new UserFacingException("delivery.contract.long", CONTRACT_MONTHS_MAX);
            }
            if (f.lines() == null || f.lines().stream().noneMatch(l -> l.monthlyQuantity() != null)) {
                throw new UserFacingException("delivery.lines.required");
            }
            Set<Long> seen = new HashSet<>();
            for (PlanForm.Line l : f.lines()) {
                Assigned a = byId.get(l.facilityId());
                if (a == null) {
                    throw new UserFacingException("delivery.facility.notAssigned");
                }
                if (!seen.add(l.facilityId())) {
                    throw new UserFacingException("assignment.facility.twice");
                }
                if (l.monthlyQuantity() == null || l.monthlyQuantity() <= 0) {
                    throw new UserFacingException("delivery.quantity.positive");
                }
                if (l.monthlyQuantity() > a.quantity()) {
                    throw new UserFacingException(
                            "delivery.quantity.overAssigned", a.name(), l.monthlyQuantity(), a.quantity());
                }
            }
        } else if (!started) {
            if (f.batches() == null || f.batches().isEmpty()) {
                throw new UserFacingException("delivery.batches.required");
            }
            LocalDate today = LocalDate.now(clock.withZone(ZONE));
            Map<Long, Integer> perFacility = new HashMap<>();
            for (PlanForm.Batch b : f.batches()) {
                Assigned a = byId.get(b.facilityId());
                if (a == null) {
                    throw new UserFacingException("delivery.facility.notAssigned");
                }
                if (b.dueOn() == null) {
                    throw new UserFacingException("delivery.due.required");
                }
                if (b.dueOn().isBefore(today)) {
                    throw new UserFacingException("delivery.due.past");
                }
                if (b.quantity() == null || b.quantity() <= 0 || b.quantity() > QUANTITY_MAX) {
                    throw new UserFacingException("delivery.quantity.positive");
                }
                int sum = perFacility.merge(b.facilityId(), b.quantity(), Integer::sum);
                if (sum > a.quantity()) {
                    throw new UserFacingException("delivery.quantity.overAssigned", a.name(), sum, a.quantity());
                }
            }
        }
        List<String> labels = f.checks() == null
                ? List.of()
                : f.checks().stream().filter(c -> c != null && !c.isBlank()).toList();
        if (labels.size() > CHECKS_MAX) {
            throw new UserFacingException("delivery.checks.many", CHECKS_MAX);
        }
        if (labels.stream().anyMatch(c -> c.strip().length() > CHECK_LABEL_MAX)) {
            throw new UserFacingException("delivery.checks.size", CHECK_LABEL_MAX);
        }
    }

    // ---- batches ----

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<BatchRow> batches(long dealId) {
        return rows(batches.findByDealIdOrderByCycleAscDueOnAscIdAsc(dealId));
    }

    /** The batch an open task is for, if the task is a batch's. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public java.util.Optional<BatchRow> ofTask(String taskId) {
        return batches.findByTaskId(taskId).map(b -> rows(List.of(b)).get(0));
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
            throw new UserFacingException("delivery.delivered.positive");
        }
        if (quantity > batch.getPlannedQuantity()) {
            throw new UserFacingException("delivery.delivered.overPlanned", quantity, batch.getPlannedQuantity());
        }
        checkNote(note, NOTE_MAX);
        batch.delivered(quantity, blankToNull(note), currentUser.username(), clock.instant());
        BatchRow.Report report = batch.report();
        if (report != null) {
            // The facility's workers and hours on this batch go to its wage ledger, in the month it delivered.
            events.publishEvent(new DeliveryConfirmed(
                    batch.getFacilityId(),
                    java.time.YearMonth.from(report.at().atZone(ZONE)),
                    report.workers(),
                    report.hours()));
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
            throw new UserFacingException("inspection.checked.positive");
        }
        if (delivered != null && form.piecesChecked() > delivered) {
            throw new UserFacingException("inspection.checked.overDelivered", form.piecesChecked(), delivered);
        }
        Set<String> known = errorTypes.all().stream().map(ErrorTypeOption::code).collect(Collectors.toSet());
        int errors = 0;
        if (form.errors() != null) {
            for (Map.Entry<String, Integer> e : form.errors().entrySet()) {
                if (!known.contains(e.getKey())) {
                    throw new UserFacingException("inspection.errorType.unknown", e.getKey());
                }
                if (e.getValue() != null && e.getValue() < 0) {
                    throw new UserFacingException("inspection.errors.negative");
                }
                errors += e.getValue() == null ? 0 : e.getValue();
            }
        }
        if (errors > form.piecesChecked()) {
            throw new UserFacingException("inspection.errors.overChecked", errors, form.piecesChecked());
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

    // ---- the process's side: cycles and due dates (no person behind these calls) ----

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
            new java.util.TreeMap<>(plan.getMonthlyQuantities())
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
    java.util.Optional<LocalDate> nextCycleMonth(long dealId) {
        DeliveryPlan plan = plans.findById(dealId).orElseThrow();
        return plan.hasNextCycle()
                ? java.util.Optional.of(plan.monthOf(plan.getCyclesOpened() + 1))
                : java.util.Optional.empty();
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

    // ---- reading ----

    List<BatchRow> rows(List<DeliveryBatch> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Inspection>> byBatch =
                inspections
                        .findByBatchIdInOrderByBatchIdAscRoundAsc(
                                list.stream().map(DeliveryBatch::getId).toList())
                        .stream()
                        .collect(
                                Collectors.groupingBy(Inspection::getBatchId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> names =
                facilityNames(list.stream().map(DeliveryBatch::getFacilityId).collect(Collectors.toSet()));
        Map<Long, String> titles = new HashMap<>();
        deals.summaries(list.stream().map(DeliveryBatch::getDealId).collect(Collectors.toSet()))
                .forEach((id, s) -> titles.put(id, s.title()));
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return list.stream()
                .map(b -> {
                    List<BatchRow.InspectionRow> rounds = byBatch.getOrDefault(b.getId(), List.of()).stream()
                            .map(i -> new BatchRow.InspectionRow(
                                    i.getRound(),
                                    i.getInspectedAt(),
                                    users.displayName(i.getInspectedBy()),
                                    i.getPiecesChecked(),
                                    i.getErrors(),
                                    Verdict.of(i.getPiecesChecked(), i.getErrors(), i.getAcceptedErrorRate(), true)
                                            .rate(),
                                    i.getAcceptedErrorRate(),
                                    i.isChecksDone(),
                                    i.isPassed(),
                                    Map.copyOf(i.getErrorsByType()),
                                    i.getNote()))
                            .toList();
                    return new BatchRow(
                            b.getId(),
                            b.getDealId(),
                            titles.getOrDefault(b.getDealId(), ""),
                            b.getFacilityId(),
                            names.getOrDefault(b.getFacilityId(), "?"),
                            b.getCycle(),
                            b.getDueOn(),
                            b.getPlannedQuantity(),
                            b.getUnitPrice(),
                            b.getState(),
                            b.getDeliveredQuantity(),
                            b.getDeliveredAt(),
                            b.getDeliveryNote(),
                            b.getReworkCount(),
                            b.getAcceptedAt(),
                            b.getAcceptedAmount(),
                            b.getTaskId(),
                            late(b, today),
                            b.getDeliveredQuantity() == null ? 0 : b.getPlannedQuantity() - b.getDeliveredQuantity(),
                            rounds,
                            b.report());
                })
                .toList();
    }

    /** Late: still not delivered after its due date, or delivered after it (Asia/Tokyo dates). */
    static boolean late(DeliveryBatch b, LocalDate today) {
        if (b.getDeliveredAt() != null) {
            return LocalDate.ofInstant(b.getDeliveredAt(), ZONE).isAfter(b.getDueOn());
        }
        return b.getState() == BatchState.OPEN && today.isAfter(b.getDueOn());
    }

    record Assigned(long id, String name, int quantity) {}

    List<Assigned> assigned(long dealId) {
        return jdbc.query(
                "select a.facility_id, f.name, a.quantity from assignment a join facility f "
                        + "on f.id = a.facility_id where a.deal_id = :deal order by a.id",
                new MapSqlParameterSource("deal", dealId),
                (rs, i) -> new Assigned(rs.getLong(1), rs.getString(2), rs.getInt(3)));
    }

    Map<Long, String> facilityNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.query("select id, name from facility where id in (:ids)", new MapSqlParameterSource("ids", ids), rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
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
