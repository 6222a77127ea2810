package jp.tsunagu.delivery.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.assignment.Split;
import jp.tsunagu.base.TableExport;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.delivery.BatchRow;
import jp.tsunagu.delivery.BatchState;
import jp.tsunagu.delivery.DeliveryPlanService;
import jp.tsunagu.delivery.DeliveryService;
import jp.tsunagu.delivery.ErrorSheetRow;
import jp.tsunagu.delivery.InspectionForm;
import jp.tsunagu.delivery.PlanForm;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.trial.BriefingForm;
import jp.tsunagu.trial.BriefingKind;
import jp.tsunagu.trial.BriefingService;
import jp.tsunagu.trial.ResultForm;
import jp.tsunagu.trial.TrialForm;
import jp.tsunagu.trial.TrialService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The batch task forms, the deal page's delivery section and the error-rate sheet, as their users see them. */
class DeliveryViewsTest extends KaribuTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

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

    String director;
    String staff;
    long dealId;
    long facility;

    @BeforeEach
    void aDealWhoseBatchIsDue() {
        director = TestData.unique("dir");
        staff = TestData.unique("staff");
        TestData.actAs(director, AppRoles.DIRECTOR);
        dealId = data.dealAtAssignment(TestData.unique("画面の納品"), WorkCategory.PC);
        facility = data.facility("静岡市");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        assignments.confirm(
                dealId,
                List.of(new Split(facility, 100, 40)),
                100,
                LocalDate.now(ZONE),
                LocalDate.now(ZONE).plusMonths(1));
        briefings.addBriefing(
                dealId,
                new BriefingForm(
                        BriefingKind.TRIAL,
                        LocalDate.now(ZONE).minusDays(1),
                        LocalTime.of(10, 0),
                        true,
                        "https://meet.example.jp/b",
                        Set.of(facility),
                        null,
                        null,
                        null));
        trials.plan(dealId, 0, new TrialForm(10, null, null));
        trials.recordResult(dealId, facility, null, new ResultForm(10, 30, 1, 0, null));
        inbox.complete(
                inbox.openTasksOf(dealId).get(0).taskId(), Completion.of(Outcome.TRIAL_DONE, data.dealVersion(dealId)));
        plans.savePlan(
                dealId,
                0,
                new PlanForm(
                        new BigDecimal("20"),
                        PricingBasis.PER_PIECE,
                        new BigDecimal("2"),
                        false,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(new PlanForm.Batch(facility, LocalDate.now(ZONE).plusDays(5), 100)),
                        List.of("件数確認", "ファイル名")));
        TestData.actAs(director, AppRoles.DIRECTOR);
        inbox.complete(
                inbox.openTasksOf(dealId).get(0).taskId(), Completion.of(Outcome.PASSED, data.dealVersion(dealId)));
    }

    @Test
    void a_plan_with_a_wrong_price_is_refused_beside_the_price_and_the_saved_plan_stays() {
        login(staff, AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        _click(_get(Button.class, spec -> spec.withId("edit-plan")));
        PlanEditor editor = _get(PlanEditor.class);
        _setValue(editor.unitPrice, new BigDecimal("20.005"));
        _setValue(editor.basis, PricingBasis.PER_PIECE);
        _setValue(editor.errorRate, new BigDecimal("1"));
        _click(editor.save);

        assertThat(editor.unitPrice.isInvalid()).isTrue();
        assertThat(editor.unitPrice.getErrorMessage()).isEqualTo("単価は 0 より大きく、小数点以下2桁までで入力してください");
        assertThat(editor.unitPrice.getValue()).isEqualByComparingTo("20.005");
        assertThat(editor.isOpened()).isTrue();
        assertThat(plans.plan(dealId).unitPrice())
                .as("the saved plan unchanged")
                .isEqualByComparingTo("20");
    }

    @Test
    void the_facility_reports_its_delivery_under_its_jobs_and_the_intermediary_finds_it_in_the_delivery_task() {
        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        navigate("portal/jobs");
        Div jobs = _get(Div.class, spec -> spec.withId("my-jobs"));
        assertThat(jobs.getElement().getTextRecursively())
                .contains("納期")
                .contains("100件")
                .as("its briefing, when and where")
                .contains("説明会の日程")
                .contains("オンライン https://meet.example.jp/b");
        IntegerField workers = _get(IntegerField.class, spec -> spec.withClasses("report-workers"));
        BigDecimalField hours = _get(BigDecimalField.class, spec -> spec.withClasses("report-hours"));
        _click(_get(Button.class, spec -> spec.withClasses("report-send")));
        assertThat(workers.getErrorMessage()).isEqualTo("作業した人数を入れてください（1以上）");
        assertThat(hours.isInvalid()).as("every empty field at once").isTrue();
        _setValue(workers, 2);
        _setValue(hours, new BigDecimal("12.5"));
        _click(_get(Button.class, spec -> spec.withClasses("report-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("batch-reported"))
                        .getText())
                .startsWith("報告済み（確認待ち）：100件・2人・12.5時間");

        login(staff, AppRoles.INTERMEDIARY);
        navigate("tasks/" + inbox.openTasksOf(dealId).get(0).taskId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("facility-report")).getText())
                .startsWith("事業所からの報告：100件・2人・12.5時間");
    }

    @Test
    void the_intermediary_records_a_short_delivery_and_the_director_sees_the_verdict_as_it_is_typed() {
        login(staff, AppRoles.INTERMEDIARY);
        String deliverTask = inbox.openTasksOf(dealId).get(0).taskId();
        navigate("tasks/" + deliverTask);
        IntegerField quantity = _get(IntegerField.class, spec -> spec.withId("delivered-quantity"));
        _setValue(quantity, 101);
        // The refusal is shown beside the quantity, with nothing saved.
        _click(_get(Button.class, spec -> spec.withId("deliver")));
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("納品数（101）が計画数量（100）を超えています");
        assertThat(deliveries.batches(dealId).get(0).state()).isEqualTo(BatchState.OPEN);
        _setValue(quantity, 90);
        _click(_get(Button.class, spec -> spec.withId("deliver")));
        assertThat(deliveries.batches(dealId).get(0).shortBy()).isEqualTo(10);

        login(director, AppRoles.DIRECTOR);
        String inspectTask = inbox.openTasksOf(dealId).get(0).taskId();
        navigate("tasks/" + inspectTask);
        Div verdict = _get(Div.class, spec -> spec.withId("verdict"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("pieces-checked")), 50);
        _setValue(_get(IntegerField.class, spec -> spec.withId("errors-WRONG_ENTRY")), 3);
        assertThat(verdict.getText()).isEqualTo("判定：不合格・手直しへ（誤り率 6.00% ＞ 基準 2%、誤り 3 / 検品 50）");
        _setValue(_get(IntegerField.class, spec -> spec.withId("errors-WRONG_ENTRY")), 1);
        assertThat(verdict.getText()).startsWith("判定：不合格").contains("未確認のチェック項目");
        _setValue(_get(Checkbox.class, spec -> spec.withId("qa-check-0")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("qa-check-1")), true);
        assertThat(verdict.getText()).isEqualTo("判定：合格（誤り率 2.00% ≦ 基準 2%、誤り 1 / 検品 50）");
        _setValue(_get(IntegerField.class, spec -> spec.withId("errors-OMISSION")), 60);
        assertThat(verdict.getText()).isEqualTo("誤りの合計（61）が検品数（50）を超えています");
        _setValue(_get(IntegerField.class, spec -> spec.withId("errors-OMISSION")), 0);
        _click(_get(Button.class, spec -> spec.withId("inspect")));

        BatchRow batch = deliveries.batches(dealId).get(0);
        assertThat(batch.state()).isEqualTo(BatchState.ACCEPTED);
        assertThat(batch.acceptedAmount()).as("90 delivered × ¥20").isEqualTo(1_800L);
    }

    @Test
    void the_deal_page_shows_the_plan_and_the_batch_and_the_sheet_shows_the_facility() {
        login(director, AppRoles.DIRECTOR);
        navigate("deals/" + dealId);
        @SuppressWarnings("unchecked")
        Grid<BatchRow> batches = _get(Grid.class, spec -> spec.withId("batches"));
        assertThat(_size(batches)).isEqualTo(1);
        assertThat(batches.getGenericDataView().getItem(0).state()).isEqualTo(BatchState.OPEN);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("plan-checks"))
                        .getElement()
                        .getTextRecursively())
                .contains("件数確認")
                .contains("ファイル名");

        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        BatchRow b = deliveries.batches(dealId).get(0);
        deliveries.recordDelivery(b.id(), 100, null);
        TestData.actAs(director, AppRoles.DIRECTOR);
        deliveries.inspect(b.id(), new InspectionForm(100, Map.of("FORMAT", 5), true, null));

        navigate("quality/errors");
        @SuppressWarnings("unchecked")
        Grid<ErrorSheetRow> sheet = _get(Grid.class, spec -> spec.withId("error-sheet"));
        List<ErrorSheetRow> rows = sheet.getGenericDataView()
                .getItems()
                .filter(r -> r.facilityId() == facility)
                .toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).rate()).isEqualByComparingTo("5.00");
        assertThat(rows.get(1).isTotal()).isTrue();
        // The same sheet as a file for the authorities: the facility's row with its rate in percent.
        String csv = new String(TableExport.csv(_get(ErrorSheetView.class).table()), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("月,事業所,案件,")
                .contains("," + rows.get(0).facilityName() + ",")
                .contains(",5.0%");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        assertThat(inbox.openTasksOf(dealId)).extracting(t -> t.task()).containsExactly(PipelineTask.REWORK_DELIVERY);
    }

    @Test
    void an_error_sheet_over_two_years_long_is_refused_beside_its_last_day_and_the_rows_shown_stay() {
        login(director, AppRoles.DIRECTOR);
        navigate("quality/errors");
        ErrorSheetView view = _get(ErrorSheetView.class);
        long before = view.grid.getGenericDataView().getItems().count();
        _setValue(view.from, LocalDate.of(2023, 4, 1));
        _setValue(view.to, LocalDate.of(2026, 3, 31));
        _click(_get(Button.class, spec -> spec.withId("sheet-show")));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("期間は 24 か月以内にしてください");
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before);

        _setValue(view.to, LocalDate.of(2025, 3, 31));
        _click(_get(Button.class, spec -> spec.withId("sheet-show")));
        assertThat(view.to.isInvalid()).as("cleared once the period is right").isFalse();
    }

    @Test
    void an_admin_adding_a_kind_of_error_with_a_bad_code_or_no_english_name_sees_it_beside_that_field() {
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/error-types");
        ErrorTypesView view = _get(ErrorTypesView.class);
        _setValue(view.code, "1x");
        _setValue(view.labelJa, "誤字");
        _click(_get(Button.class, spec -> spec.withId("add-type")));
        assertThat(view.code.getErrorMessage()).isEqualTo("コードは半角英大文字で始まる英数字と _ で、2〜32文字にしてください");
        _setValue(view.code, TestData.unique("TYPO").toUpperCase().replaceAll("[^A-Z0-9_]", "_"));
        _click(_get(Button.class, spec -> spec.withId("add-type")));
        assertThat(view.code.isInvalid()).isFalse();
        assertThat(view.labelEn.getErrorMessage()).isEqualTo("名称を入力してください");
        assertThat(view.labelJa.getValue()).as("what was typed stays").isEqualTo("誤字");
    }
}
