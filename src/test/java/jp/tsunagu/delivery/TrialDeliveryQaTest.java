package jp.tsunagu.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.assignment.MatchRequest;
import jp.tsunagu.assignment.Matching;
import jp.tsunagu.assignment.Split;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.CalendarService;
import jp.tsunagu.trial.BriefingForm;
import jp.tsunagu.trial.BriefingKind;
import jp.tsunagu.trial.BriefingService;
import jp.tsunagu.trial.ResultForm;
import jp.tsunagu.trial.TrialForm;
import jp.tsunagu.trial.TrialService;
import jp.tsunagu.wages.LedgerRow;
import jp.tsunagu.wages.WageLedger;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6's story through the real services: briefing and trial, two facilities delivering batches, a failed
 * inspection sent to rework and inspected again, the error-rate sheet and the wage ledger; the monthly cycle of a
 * recurring deal; and every bad input refused with nothing saved.
 */
@TsunaguTest
class TrialDeliveryQaTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    DealService deals;

    @Autowired
    AssignmentService assignments;

    @Autowired
    TrialService trials;

    @Autowired
    BriefingService briefings;

    @Autowired
    DeliveryService deliveries;

    @Autowired
    DeliveryPlanService plans;

    @Autowired
    FacilityDeliveries facilityDeliveries;

    @Autowired
    QualityRecords quality;

    @Autowired
    WageLedger wages;

    @Autowired
    ManagementService management;

    @Autowired
    Matching matching;

    @Autowired
    RuntimeService runtime;

    @Autowired
    CalendarService calendars;

    String director;
    String staff;
    long dealId;
    long shizuoka;
    long hamamatsu;

    @BeforeEach
    void aDealAssignedToTwoFacilities() {
        director = TestData.unique("dir");
        staff = TestData.unique("staff");
        TestData.actAs(director, AppRoles.DIRECTOR);
        dealId = data.dealAtAssignment(TestData.unique("伝票入力"), WorkCategory.PC);
        shizuoka = data.facility("静岡市");
        hamamatsu = data.facility("浜松市");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        LocalDate start = LocalDate.now(ZONE);
        assignments.confirm(
                dealId,
                List.of(new Split(shizuoka, 100, 40), new Split(hamamatsu, 50, 20)),
                150,
                start,
                start.plusMonths(3));
    }

    @AfterEach
    void logout() {
        TestData.logout();
    }

    @Test
    void briefing_trial_two_facilities_a_failed_batch_reworked_then_the_sheet_and_the_ledger() {
        // The trial cannot go to the director before a briefing was held and every result is in.
        assertThatThrownBy(() -> complete(PipelineTask.RUN_TRIAL, Outcome.TRIAL_DONE, staff, AppRoles.INTERMEDIARY))
                .hasMessage("trial.briefing.missing");
        briefings.addBriefing(
                dealId,
                new BriefingForm(
                        BriefingKind.TRIAL,
                        LocalDate.now(ZONE).minusDays(1),
                        LocalTime.of(10, 0),
                        false,
                        "セルプセンター会議室",
                        Set.of(shizuoka, hamamatsu),
                        "職員2名",
                        "手順書",
                        null));
        trials.plan(dealId, 0, new TrialForm(20, LocalDate.now(ZONE).plusDays(3), "手順書どおり"));
        trials.recordResult(dealId, shizuoka, null, new ResultForm(20, 60, 2, 0, null));
        assertThatThrownBy(() -> complete(PipelineTask.RUN_TRIAL, Outcome.TRIAL_DONE, staff, AppRoles.INTERMEDIARY))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("trial.results.missing");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        trials.recordResult(dealId, hamamatsu, null, new ResultForm(18, 90, 3, 1, "慣れるまで時間がかかった"));
        var trial = trials.of(dealId);
        assertThat(trial.results())
                .extracting(r -> r.piecesPerWorkerHour().toPlainString())
                .containsExactly("10.0", "4.0");
        assertThat(trial.results().get(1).errorRate()).isEqualByComparingTo("5.56");
        complete(PipelineTask.RUN_TRIAL, Outcome.TRIAL_DONE, staff, AppRoles.INTERMEDIARY);

        // Go needs a delivery plan.
        assertThatThrownBy(() -> complete(PipelineTask.EVALUATE_TRIAL, Outcome.PASSED, director, AppRoles.DIRECTOR))
                .hasMessage("delivery.plan.missing");
        // A business day: a batch due on a closed day is due at the close of the business day before it.
        LocalDate due = LocalDate.now(ZONE).plusDays(7);
        while (!calendars.workingTime(Party.INTERMEDIARY).isBusinessDay(due)) {
            due = due.plusDays(1);
        }
        LocalDate dueOn = due;
        plans.savePlan(
                dealId,
                0,
                oneOff(
                        List.of(new PlanForm.Batch(shizuoka, due, 100), new PlanForm.Batch(hamamatsu, due, 50)),
                        List.of("件数確認")));
        complete(PipelineTask.EVALUATE_TRIAL, Outcome.PASSED, director, AppRoles.DIRECTOR);
        TestData.actAs(director, AppRoles.DIRECTOR);
        assertThat(trials.of(dealId).evaluation()).isEqualTo(Outcome.PASSED);

        // Two deliveries, each a task of the intermediary due at the close of the batch's due date.
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        List<InboxTask> deliveryTasks = inbox.openTasksOf(dealId);
        assertThat(deliveryTasks).hasSize(2).allSatisfy(t -> {
            assertThat(t.task()).isEqualTo(PipelineTask.DELIVER_WORK);
            assertThat(t.dueAt()).isEqualTo(dueOn.atTime(18, 0).atZone(ZONE).toInstant());
            assertThat(t.remarks()).extracting(r -> r.messageKey()).containsExactly("batch.remark");
        });
        List<BatchRow> batches = deliveries.batches(dealId);
        BatchRow first = batches.stream()
                .filter(b -> b.facilityId() == shizuoka)
                .findFirst()
                .orElseThrow();
        BatchRow second = batches.stream()
                .filter(b -> b.facilityId() == hamamatsu)
                .findFirst()
                .orElseThrow();
        deliveries.recordDelivery(first.id(), 100, null);
        deliveries.recordDelivery(second.id(), 40, "10件は判読不能");
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.QA);

        // The short batch is flagged in the director's inbox.
        TestData.actAs(director, AppRoles.DIRECTOR);
        InboxTask shortOne = inbox.openTasksOf(dealId).stream()
                .filter(t -> t.remarks().stream().anyMatch(r -> r.messageKey().equals("batch.short")))
                .findFirst()
                .orElseThrow();
        assertThat(shortOne.task()).isEqualTo(PipelineTask.INSPECT_QUALITY);

        // 6 errors in 100 is 6 % against 1 %: rework. The other batch passes.
        Verdict failed = deliveries.inspect(
                first.id(), new InspectionForm(100, Map.of("WRONG_ENTRY", 4, "OMISSION", 2), true, "誤入力が多い"));
        assertThat(failed.passed()).isFalse();
        assertThat(failed.rate()).isEqualByComparingTo("6.00");
        Verdict passed = deliveries.inspect(second.id(), new InspectionForm(40, Map.of(), true, null));
        assertThat(passed.passed()).isTrue();

        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        assertThat(inbox.openTasksOf(dealId)).extracting(InboxTask::task).containsExactly(PipelineTask.REWORK_DELIVERY);
        deliveries.redeliver(first.id(), "全件見直し");
        TestData.actAs(director, AppRoles.DIRECTOR);
        // Unticked checks fail a batch even within the error rate.
        assertThat(deliveries
                        .preview(first.id(), new InspectionForm(100, Map.of("FORMAT", 1), false, null))
                        .passed())
                .isFalse();
        deliveries.inspect(first.id(), new InspectionForm(100, Map.of("FORMAT", 1), true, null));

        assertThat(deals.details(dealId).orElseThrow().status()).isEqualTo(DealStatus.COMPLETED);
        assertThat(deliveries.batches(dealId))
                .extracting(BatchRow::state, BatchRow::acceptedAmount)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(BatchState.ACCEPTED, 3_000L), Tuple.tuple(BatchState.ACCEPTED, 1_200L));

        // The error-rate sheet shows both facilities; the reworked one with two inspections, one failed.
        LocalDate today = LocalDate.now(ZONE);
        List<ErrorSheetRow> sheet = quality.errorSheet(today.withDayOfMonth(1), today, null).stream()
                .filter(r -> r.isTotal() && (r.facilityId() == shizuoka || r.facilityId() == hamamatsu))
                .toList();
        assertThat(sheet).hasSize(2);
        ErrorSheetRow reworked = sheet.stream()
                .filter(r -> r.facilityId() == shizuoka)
                .findFirst()
                .orElseThrow();
        assertThat(reworked.inspections()).isEqualTo(2);
        assertThat(reworked.failed()).isEqualTo(1);
        assertThat(reworked.errors()).isEqualTo(7);
        assertThat(reworked.errorsByType())
                .containsEntry("WRONG_ENTRY", 4L)
                .containsEntry("OMISSION", 2L)
                .containsEntry("FORMAT", 1L);
        assertThat(reworked.rate()).isEqualByComparingTo("3.50");

        // Matching now knows the facilities' quality: 3.5 % costs the reworked one points, 0 % costs nothing.
        var ranked = matching.rank(
                new MatchRequest(WorkCategory.PC, Set.of(), 1, 1, today, today.plusMonths(1), null), 10_000);
        var reworkedCandidate = ranked.stream()
                .filter(c -> c.facilityId() == shizuoka)
                .findFirst()
                .orElseThrow();
        var cleanCandidate = ranked.stream()
                .filter(c -> c.facilityId() == hamamatsu)
                .findFirst()
                .orElseThrow();
        assertThat(reworkedCandidate.errorRate()).isCloseTo(3.5, Offset.offset(0.001));
        assertThat(cleanCandidate.errorRate()).isZero();

        // The wage ledger: paid for accepted work, divided by the month's workers, beside the wage before.
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        YearMonth month = YearMonth.now(ZONE);
        wages.enterMonth(shizuoka, month, 2, new BigDecimal("20"), null);
        wages.enterMonth(hamamatsu, month, 1, new BigDecimal("8.5"), null);
        wages.enterWageBefore(shizuoka, 15_000, month.getYear() - 1);
        List<LedgerRow> ledger = wages.ledger(month, month, shizuoka);
        LedgerRow row = ledger.get(0);
        assertThat(row.paid()).isEqualTo(3_000);
        assertThat(row.perWorker()).isEqualTo(1_500);
        assertThat(row.perHour()).isEqualTo(150);
        assertThat(row.wageBefore()).isEqualTo(15_000);
        assertThat(row.difference()).isEqualTo(-13_500);
        LedgerRow other = wages.ledger(month, month, hamamatsu).get(0);
        assertThat(other.paid()).isEqualTo(1_200);
        assertThat(other.perWorker()).isEqualTo(1_200);
        assertThat(other.perHour()).as("¥1,200 ÷ 8.5 h, half up").isEqualTo(141);
        assertThat(other.wageBefore()).isNull();
    }

    @Test
    void a_recurring_deal_repeats_its_monthly_cycle_until_the_contract_ends() {
        passTrial();
        YearMonth now = YearMonth.now(ZONE);
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        plans.savePlan(
                dealId,
                0,
                new PlanForm(
                        new BigDecimal("12.5"),
                        PricingBasis.PER_PIECE,
                        BigDecimal.ONE,
                        true,
                        now.atDay(1),
                        now.plusMonths(1).atDay(5),
                        31,
                        List.of(new PlanForm.Line(shizuoka, 80), new PlanForm.Line(hamamatsu, 30)),
                        List.of(),
                        List.of()));
        complete(PipelineTask.EVALUATE_TRIAL, Outcome.PASSED, director, AppRoles.DIRECTOR);

        List<BatchRow> cycle1 = deliveries.batches(dealId);
        assertThat(cycle1)
                .extracting(BatchRow::cycle, BatchRow::dueOn, BatchRow::plannedQuantity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(1, now.atEndOfMonth(), 80), Tuple.tuple(1, now.atEndOfMonth(), 30));
        deliverAndAcceptAll();

        // Between cycles the deal waits for the first of next month, 09:00 in Japan.
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(dealId))
                .processDefinitionKey(PipelineTask.PROCESS_KEY)
                .singleResult()
                .getId();
        var timer = management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId("waitNextCycle")
                .singleResult();
        assertThat(timer).isNotNull();
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(now.plusMonths(1).atDay(1).atTime(9, 0).atZone(ZONE).toInstant());
        management.executeJob(timer.getId());

        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        List<BatchRow> cycle2 =
                deliveries.batches(dealId).stream().filter(b -> b.cycle() == 2).toList();
        assertThat(cycle2).hasSize(2).allSatisfy(b -> {
            assertThat(b.state()).isEqualTo(BatchState.OPEN);
            assertThat(b.dueOn()).isEqualTo(now.plusMonths(1).atEndOfMonth());
        });
        deliverAndAcceptAll();
        // The contract ends in the second month: no third cycle.
        assertThat(deals.details(dealId).orElseThrow().status()).isEqualTo(DealStatus.COMPLETED);
        assertThat(deliveries.batches(dealId)).hasSize(4);
    }

    @Test
    void bad_input_is_refused_with_a_clear_message_and_nothing_saved() {
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        trials.plan(dealId, 0, new TrialForm(20, null, null));
        assertThatThrownBy(() -> trials.recordResult(dealId, shizuoka, null, new ResultForm(10, 60, 2, 11, null)))
                .hasMessage("trial.errors.overPieces");
        assertThatThrownBy(() -> trials.recordResult(dealId, shizuoka, null, new ResultForm(25, 60, 2, 0, null)))
                .hasMessage("trial.pieces.overSample");
        assertThatThrownBy(() -> trials.recordResult(dealId, shizuoka, null, new ResultForm(10, 60, -1, 0, null)))
                .hasMessage("trial.workers.range");
        assertThat(trials.of(dealId).missing()).isEqualTo(2);

        LocalDate due = LocalDate.now(ZONE).plusDays(7);
        assertThatThrownBy(() -> plans.savePlan(
                        dealId,
                        0,
                        oneOff(
                                List.of(new PlanForm.Batch(shizuoka, due, 60), new PlanForm.Batch(shizuoka, due, 60)),
                                List.of())))
                .as("more than the facility's share of the job")
                .hasMessage("delivery.quantity.overAssigned");
        assertThatThrownBy(() -> plans.savePlan(
                        dealId,
                        0,
                        oneOff(
                                List.of(new PlanForm.Batch(
                                        shizuoka, LocalDate.now(ZONE).minusDays(1), 10)),
                                List.of())))
                .hasMessage("delivery.due.past");
        assertThat(plans.plan(dealId).exists()).isFalse();

        passTrial();
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        plans.savePlan(dealId, 0, oneOff(List.of(new PlanForm.Batch(shizuoka, due, 100)), List.of()));
        complete(PipelineTask.EVALUATE_TRIAL, Outcome.PASSED, director, AppRoles.DIRECTOR);
        BatchRow batch = deliveries.batches(dealId).get(0);

        TestData.actAs(director, AppRoles.DIRECTOR);
        assertThatThrownBy(() -> deliveries.inspect(batch.id(), new InspectionForm(10, Map.of(), true, null)))
                .as("a delivery that has not arrived")
                .hasMessage("inspection.notArrived");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        assertThatThrownBy(() -> deliveries.recordDelivery(batch.id(), 101, null))
                .hasMessage("delivery.delivered.overPlanned");
        assertThatThrownBy(() -> deliveries.recordDelivery(batch.id(), 0, null))
                .hasMessage("delivery.delivered.positive");
        assertThat(deliveries.batches(dealId).get(0).state()).isEqualTo(BatchState.OPEN);
        // The task cannot be completed past its record either.
        String taskId = inbox.openTasksOf(dealId).get(0).taskId();
        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.DELIVERED, data.dealVersion(dealId))))
                .hasMessage("delivery.recordFirst");

        deliveries.recordDelivery(batch.id(), 100, null);
        TestData.actAs(director, AppRoles.DIRECTOR);
        assertThatThrownBy(() ->
                        deliveries.inspect(batch.id(), new InspectionForm(50, Map.of("OMISSION", 51), true, null)))
                .hasMessage("inspection.errors.overChecked");
        assertThatThrownBy(() -> deliveries.inspect(batch.id(), new InspectionForm(101, Map.of(), true, null)))
                .hasMessage("inspection.checked.overDelivered");
        assertThatThrownBy(() ->
                        deliveries.inspect(batch.id(), new InspectionForm(50, Map.of("OMISSION", -1), true, null)))
                .hasMessage("inspection.errors.negative");
        assertThatThrownBy(
                        () -> deliveries.inspect(batch.id(), new InspectionForm(50, Map.of("NO_SUCH", 1), true, null)))
                .hasMessage("inspection.errorType.unknown");
        assertThat(deliveries.batches(dealId).get(0).inspections()).isEmpty();

        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        YearMonth month = YearMonth.now(ZONE);
        assertThatThrownBy(() -> wages.enterMonth(shizuoka, month, -1, BigDecimal.TEN, null))
                .hasMessage("wages.workers.range");
        assertThatThrownBy(() -> wages.enterMonth(shizuoka, month, 2, new BigDecimal("-1"), null))
                .hasMessage("wages.hours.range");
        assertThatThrownBy(() -> wages.enterMonth(shizuoka, month, 0, BigDecimal.TEN, null))
                .hasMessage("wages.hours.noWorkers");
        assertThatThrownBy(() -> wages.enterMonth(shizuoka, month.plusMonths(1), 2, BigDecimal.TEN, null))
                .hasMessage("wages.month.future");
        assertThatThrownBy(() -> wages.enterWageBefore(shizuoka, -5, month.getYear()))
                .hasMessage("wages.before.range");
        assertThat(wages.ledger(month, month, shizuoka)).isEmpty();
    }

    @Test
    void the_second_of_two_people_saving_a_trial_result_or_a_wage_month_is_refused_and_the_first_is_kept() {
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        trials.plan(dealId, 0, new TrialForm(20, null, null));
        // Both opened the facility's empty result; the first saves, the second is refused.
        trials.recordResult(dealId, shizuoka, null, new ResultForm(20, 60, 2, 0, "一人目"));
        assertThatThrownBy(() -> trials.recordResult(dealId, shizuoka, null, new ResultForm(18, 90, 3, 1, "二人目")))
                .hasMessage("trial.result.changed");
        var first = trials.of(dealId).results().stream()
                .filter(r -> r.facilityId() == shizuoka)
                .findFirst()
                .orElseThrow();
        assertThat(first.note()).isEqualTo("一人目");
        // With the version just read, a correction goes through, and the older version no longer does.
        trials.recordResult(dealId, shizuoka, first.version(), new ResultForm(20, 50, 2, 0, "訂正"));
        assertThatThrownBy(() ->
                        trials.recordResult(dealId, shizuoka, first.version(), new ResultForm(20, 70, 2, 0, "古い画面から")))
                .hasMessage("trial.result.changed");

        YearMonth month = YearMonth.now(ZONE);
        wages.enterMonth(shizuoka, month, 2, new BigDecimal("20"), null);
        assertThatThrownBy(() -> wages.enterMonth(shizuoka, month, 3, new BigDecimal("30"), null))
                .hasMessage("wages.changed");
        WageLedger.MonthEntry saved = wages.monthEntry(shizuoka, month).orElseThrow();
        assertThat(saved.workers()).isEqualTo(2);
        wages.enterMonth(shizuoka, month, 3, new BigDecimal("30"), saved.version());
        assertThatThrownBy(() -> wages.enterMonth(shizuoka, month, 4, new BigDecimal("40"), saved.version()))
                .hasMessage("wages.changed");
        assertThat(wages.monthEntry(shizuoka, month).orElseThrow().workers()).isEqualTo(3);
    }

    @Test
    void a_facility_reports_its_delivery_from_the_portal_the_intermediary_confirms_it_and_the_ledger_takes_the_hours() {
        passTrial();
        LocalDate due = LocalDate.now(ZONE).plusDays(7);
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        plans.savePlan(
                dealId,
                0,
                oneOff(
                        List.of(new PlanForm.Batch(shizuoka, due, 100), new PlanForm.Batch(hamamatsu, due, 50)),
                        List.of()));
        complete(PipelineTask.EVALUATE_TRIAL, Outcome.PASSED, director, AppRoles.DIRECTOR);

        TestData.actAs("fac-s", AppRoles.FACILITY, AppRoles.facilityGroup(shizuoka));
        List<BatchRow> mine = facilityDeliveries.mine(dealId);
        assertThat(mine).singleElement().satisfies(b -> {
            assertThat(b.facilityId()).isEqualTo(shizuoka);
            assertThat(b.state()).isEqualTo(BatchState.OPEN);
        });
        long batch = mine.get(0).id();
        assertThatThrownBy(() -> facilityDeliveries.report(batch, 101, 3, new BigDecimal("24")))
                .hasMessage("delivery.delivered.overPlanned");
        assertThatThrownBy(() -> facilityDeliveries.report(batch, 100, null, new BigDecimal("24")))
                .hasMessage("report.workers.positive");
        assertThatThrownBy(() -> facilityDeliveries.report(batch, 100, 3, new BigDecimal("3000")))
                .hasMessage("wages.hours.tooMany");
        facilityDeliveries.report(batch, 100, 3, new BigDecimal("24.5"));
        TestData.actAs("fac-h", AppRoles.FACILITY, AppRoles.facilityGroup(hamamatsu));
        assertThatThrownBy(() -> facilityDeliveries.report(batch, 10, 1, BigDecimal.ONE))
                .as("another facility's batch")
                .hasMessage("delivery.batch.notFound");

        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        BatchRow reported = deliveries.batches(dealId).stream()
                .filter(b -> b.id() == batch)
                .findFirst()
                .orElseThrow();
        assertThat(reported.report()).isNotNull();
        assertThat(reported.state()).as("waits for the intermediary").isEqualTo(BatchState.OPEN);
        deliveries.recordDelivery(batch, reported.report().quantity(), null);
        YearMonth month = YearMonth.now(ZONE);
        WageLedger.MonthEntry ledger = wages.monthEntry(shizuoka, month).orElseThrow();
        assertThat(ledger.hours()).isEqualByComparingTo("24.5");
        assertThat(ledger.workers()).isEqualTo(3);
    }

    private void passTrial() {
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        briefings.addBriefing(
                dealId,
                new BriefingForm(
                        BriefingKind.TRIAL,
                        LocalDate.now(ZONE).minusDays(1),
                        LocalTime.of(10, 0),
                        true,
                        "https://meet.example.jp/a",
                        Set.of(shizuoka, hamamatsu),
                        null,
                        null,
                        null));
        if (!trials.of(dealId).planned()) {
            trials.plan(dealId, 0, new TrialForm(20, null, null));
        }
        trials.recordResult(dealId, shizuoka, null, new ResultForm(20, 60, 2, 0, null));
        trials.recordResult(dealId, hamamatsu, null, new ResultForm(20, 60, 2, 0, null));
        complete(PipelineTask.RUN_TRIAL, Outcome.TRIAL_DONE, staff, AppRoles.INTERMEDIARY);
    }

    private void deliverAndAcceptAll() {
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        deliveries.batches(dealId).stream()
                .filter(b -> b.state() == BatchState.OPEN)
                .forEach(b -> deliveries.recordDelivery(b.id(), b.plannedQuantity(), null));
        TestData.actAs(director, AppRoles.DIRECTOR);
        deliveries.batches(dealId).stream()
                .filter(b -> b.state() == BatchState.DELIVERED)
                .forEach(b ->
                        deliveries.inspect(b.id(), new InspectionForm(b.deliveredQuantity(), Map.of(), true, null)));
    }

    private void complete(PipelineTask task, Outcome outcome, String user, String role) {
        TestData.actAs(user, role);
        InboxTask open = inbox.openTasksOf(dealId).stream()
                .filter(t -> t.task() == task)
                .findFirst()
                .orElseThrow();
        inbox.complete(open.taskId(), Completion.of(outcome, data.dealVersion(dealId)));
    }

    private static PlanForm oneOff(List<PlanForm.Batch> batches, List<String> checks) {
        return new PlanForm(
                new BigDecimal("30"),
                PricingBasis.PER_PIECE,
                new BigDecimal("1.00"),
                false,
                null,
                null,
                null,
                List.of(),
                batches,
                checks);
    }
}
