package jp.tsunagu.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.assignment.Candidate;
import jp.tsunagu.assignment.MatchRequest;
import jp.tsunagu.assignment.Matching;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.requirements.VolumeUnit;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.tier.WageTiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AssignmentViewsTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    DealService deals;

    @Autowired
    WageTiers tiers;

    @Autowired
    Matching matching;

    @Autowired
    OfferService offers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_director_sees_the_instant_capacity_answer_on_a_new_pc_deal() {
        data.facility(TestData.unique("町"));
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("即答"), WorkCategory.PC);
        navigate("deals/" + dealId);
        String answer = _get(Div.class, spec -> spec.withId("capacity-answer"))
                .getElement()
                .getTextRecursively();
        assertThat(answer).contains("「PC作業」の案件を受けられる事業所").containsPattern("\\d+か所・作業者 \\d+名");
    }

    @Test
    void the_assignment_task_offers_only_the_loss_and_leads_to_the_workspace() {
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("案内"), WorkCategory.PC);
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("tasks/" + inbox.openTasksOf(dealId).get(0).taskId());

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> outcomes = _get(RadioButtonGroup.class, spec -> spec.withId("outcome"));
        assertThat(outcomes.getListDataView().getItems().map(o -> outcomes.getItemLabelGenerator()
                        .apply(o)))
                .containsExactly("失注として記録する");
        assertThat(_get(Anchor.class, spec -> spec.withId("assignment-hint")).getHref())
                .isEqualTo("deals/" + dealId);
    }

    @Autowired
    RequirementsService requirements;

    @Test
    void the_search_starts_from_the_requirements_sheet_and_the_changed_conditions_stay_with_the_deal() {
        String director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("条件"), WorkCategory.PC);
        var sheet = new RequirementsForm();
        sheet.setWorkersNeeded(8);
        sheet.setVolume(new BigDecimal("2000"));
        sheet.setVolumeUnit(VolumeUnit.PIECES_PER_MONTH);
        LocalDate startOn = LocalDate.now().plusDays(20);
        sheet.setStartOn(startOn);
        sheet.setDeliveryDueOn(startOn.plusMonths(2));
        requirements.save(dealId, 0, sheet);

        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        AssignmentWorkspace workspace = _get(AssignmentWorkspace.class);
        assertThat(workspace.workers.getValue()).isEqualTo(8);
        assertThat(workspace.quantity.getValue()).isEqualTo(2000);
        assertThat(workspace.start.getValue()).isEqualTo(startOn);
        assertThat(workspace.end.getValue()).isEqualTo(startOn.plusMonths(2));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-source")).getText())
                .startsWith("条件は要件定義シート");

        _setValue(workspace.workers, 3);
        LocatorJ._click(_get(Button.class, spec -> spec.withId("assignment-search")));
        navigate("deals/" + dealId);
        AssignmentWorkspace reloaded = _get(AssignmentWorkspace.class);
        assertThat(reloaded.workers.getValue()).as("kept with the deal").isEqualTo(3);
        assertThat(reloaded.quantity.getValue()).isEqualTo(2000);
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-source")).getText())
                .isEqualTo("この案件で前回探した条件です。");
    }

    @Test
    void intermediary_staff_pick_two_facilities_split_the_job_and_the_deal_moves_to_trial() {
        long dealId = dealSplitBetweenTwo("分担", 400);
        AssignmentWorkspace workspace = _get(AssignmentWorkspace.class);

        _click(workspace.confirm);

        NotificationsKt.expectNotifications("2か所への割り当てを確定しました");
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.TRIAL);
    }

    @Test
    void shares_that_do_not_add_up_a_missing_share_a_past_deadline_and_no_workers_show_beside_their_fields() {
        long dealId = dealSplitBetweenTwo("分担の誤り", 300);
        AssignmentWorkspace workspace = _get(AssignmentWorkspace.class);
        Candidate second = workspace.candidates.getSelectedItems().stream()
                .filter(c -> workspace.shareFields(c)[0].getValue() == 300)
                .findFirst()
                .orElseThrow();

        _click(workspace.confirm);
        assertThat(workspace.quantity.getErrorMessage()).isEqualTo("割り当て数量の合計（800）が案件の数量（900）と一致しません");
        assertThat(workspace.quantity.getValue()).as("what was typed stays").isEqualTo(900);

        _setValue(workspace.shareFields(second)[0], 400);
        _setValue(workspace.shareFields(second)[1], null);
        _click(workspace.confirm);
        assertThat(workspace.quantity.isInvalid())
                .as("the former refusal is gone")
                .isFalse();
        assertThat(workspace.shareFields(second)[0].getErrorMessage()).isEqualTo("選んだ事業所すべてに、1以上の数量と時間を入れてください");
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.ASSIGNMENT);

        _setValue(workspace.shareFields(second)[1], 50);
        _setValue(workspace.answerBy, workspace.answerBy.getValue().minusDays(10));
        _click(workspace.sendOffers);
        assertThat(workspace.answerBy.isInvalid()).isTrue();
        assertThat(workspace.answerBy.getErrorMessage()).isEqualTo("回答期限は明日以降にしてください");

        _setValue(workspace.workers, 0);
        _click(_get(Button.class, spec -> spec.withId("assignment-search")));
        assertThat(workspace.workers.getErrorMessage()).isEqualTo("人数と月の時間は1以上にしてください");
    }

    @Test
    void
            the_ranking_says_what_the_job_does_to_each_wage_puts_a_lifted_facility_first_on_request_and_so_does_its_offer() {
        String staff = TestData.unique("staff");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        long same = data.facility(TestData.unique("町"));
        long lifted = data.facility(TestData.unique("町"));
        tiers.saveProfile(same, "7.5:1", 20, null);
        tiers.saveProfile(lifted, "7.5:1", 18, 23_000);
        YearMonth last = tiers.thisMonth().minusMonths(1);
        for (int i = 0; i < 12; i++) {
            tiers.enterMonth(same, last.minusMonths(i), 150_000L, 150, 20);
            tiers.enterMonth(lifted, last.minusMonths(i), 145_000L, 150, 20);
        }
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("工賃区分"), WorkCategory.PC);
        // ¥30 a piece, 1,000 pieces a month, twelve months: ¥360,000 a year.
        var sheet = new RequirementsForm();
        sheet.setVolume(new BigDecimal("1000"));
        sheet.setVolumeUnit(VolumeUnit.PIECES_PER_MONTH);
        sheet.setUnitPrice(new BigDecimal("30"));
        sheet.setPricingBasis(PricingBasis.PER_PIECE);
        LocalDate start = LocalDate.now().plusDays(10);
        sheet.setStartOn(start);
        sheet.setDeliveryDueOn(start.plusMonths(11));
        requirements.save(dealId, 0, sheet);

        login(staff, AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        AssignmentWorkspace workspace = _get(AssignmentWorkspace.class);
        List<Candidate> shown = ranked(workspace, WorkCategory.PC);
        Candidate sameRow =
                shown.stream().filter(c -> c.facilityId() == same).findFirst().orElseThrow();
        Candidate liftedRow =
                shown.stream().filter(c -> c.facilityId() == lifted).findFirst().orElseThrow();
        assertThat(tierCell(workspace, sameRow)).isEqualTo("¥20,000 → ¥24,000（区分は同じ。次の区分まで月 ¥1,000）");
        // ¥1,740,000 ÷ 7.5 ÷ 12 = ¥19,333 (614 units) → ¥23,333 (637), and its target of ¥23,000 (+10):
        // 33 units × 1,800 user-days × ¥10.
        assertThat(tierCell(workspace, liftedRow)).isEqualTo("¥19,333 → ¥23,333：区分が上がり目標工賃にも届く（+33単位/日、年 約¥594,000）");

        _setValue(workspace.candidates.favourLift, true);
        List<Candidate> favoured = GridKt._findAll(workspace.candidates);
        assertThat(favoured.indexOf(favoured.stream()
                        .filter(c -> c.facilityId() == lifted)
                        .findFirst()
                        .orElseThrow()))
                .as("the lifted facility before every one the job does not lift")
                .isLessThan(favoured.indexOf(favoured.stream()
                        .filter(c -> c.facilityId() == same)
                        .findFirst()
                        .orElseThrow()));

        workspace.candidates.select(liftedRow);
        _click(workspace.sendOffers);
        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(lifted));
        long offerId = offers.mine().get(0).id();
        navigate("portal/offers/" + offerId);
        assertThat(_get(Div.class, spec -> spec.withId("offer-tier"))
                        .getElement()
                        .getTextRecursively())
                .contains("この仕事で平均工賃月額はどう変わるか")
                .contains("平均工賃月額 ¥19,333 → ¥23,333：区分が上がり、目標工賃にも届きます");
    }

    @Test
    void a_facility_whose_answers_usually_take_longer_than_the_deadline_is_flagged_before_the_offer_goes_out() {
        String staff = TestData.unique("staff");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        long slow = data.facility(TestData.unique("町"));
        long quick = data.facility(TestData.unique("町"));
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        long earlier = data.deal(TestData.unique("過去の依頼"), WorkCategory.PC);
        // Five answers each: the slow facility's took a week of business days, the quick one's an hour.
        for (int i = 0; i < 5; i++) {
            answered(earlier, slow, "2026-11-09T09:00:00+09:00", "2026-11-16T17:00:00+09:00");
            answered(earlier, quick, "2026-11-09T09:00:00+09:00", "2026-11-09T10:00:00+09:00");
        }
        long dealId = data.dealAtAssignment(TestData.unique("回答見込み"), WorkCategory.PC);

        login(staff, AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        AssignmentWorkspace workspace = _get(AssignmentWorkspace.class);
        List<Candidate> shown = ranked(workspace, WorkCategory.PC);
        workspace.candidates.select(
                shown.stream().filter(c -> c.facilityId() == quick).findFirst().orElseThrow());
        assertThat(workspace.forecastNote.getElement().getTextRecursively())
                .startsWith("選んだ事業所は、これまでの回答の早さから見て期限内に回答する見込みです");
        Candidate slowRow =
                shown.stream().filter(c -> c.facilityId() == slow).findFirst().orElseThrow();
        workspace.candidates.select(slowRow);

        String note = workspace.forecastNote.getElement().getTextRecursively();
        assertThat(workspace.forecastNote.isVisible()).isTrue();
        assertThat(note).startsWith("割り当ての期限（").contains(slowRow.name() + "：これまでの回答の9割が 53.0 営業時間以内（5件から）");
        assertThat(note).as("only the late one is named").doesNotContain("1.0 営業時間");
        assertThat(offers.of(dealId)).as("nothing sent yet").isEmpty();
    }

    private void answered(long dealId, long facility, String sent, String answered) {
        jdbc.update(
                "insert into offer (deal_id, facility_id, status, answer_deadline, sent_by, sent_at, answered_by,"
                        + " answered_at) values (?, ?, 'DECLINED', date '2026-11-20', 'hist', ?, 'hist', ?)",
                dealId,
                facility,
                Timestamp.from(OffsetDateTime.parse(sent).toInstant()),
                Timestamp.from(OffsetDateTime.parse(answered).toInstant()));
    }

    /**
     * The ranking as the workspace shows it, of every facility taking the work rather than the first twenty: other tests'
     * facilities may outrank the ones a test made.
     */
    private List<Candidate> ranked(AssignmentWorkspace workspace, WorkCategory category) {
        List<Candidate> all = matching.rank(
                new MatchRequest(
                        category,
                        Set.of(),
                        1,
                        1,
                        LocalDate.now(),
                        LocalDate.now().plusMonths(1),
                        null),
                100_000);
        workspace.candidates.show(all);
        return all;
    }

    /** The text of a candidate's wage-tier cell. */
    private static String tierCell(AssignmentWorkspace workspace, Candidate c) {
        return ((Span) GridKt._getCellComponent(
                        workspace.candidates,
                        GridKt._findAll(workspace.candidates).indexOf(c),
                        "tier"))
                .getText();
    }

    /**
     * A deal at the assignment opened by intermediary staff, its workspace with the job's 900 pieces and two new
     * facilities picked: 500 pieces and 60 hours for the first, {@code secondQuantity} and 50 hours for the second.
     */
    private long dealSplitBetweenTwo(String title, int secondQuantity) {
        long a = data.facility(TestData.unique("町"));
        long b = data.facility(TestData.unique("町"));
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique(title), WorkCategory.PC);
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        AssignmentWorkspace workspace = _get(AssignmentWorkspace.class);
        _setValue(workspace.quantity, 900);
        List<Candidate> shown = ranked(workspace, WorkCategory.PC);
        Candidate first =
                shown.stream().filter(c -> c.facilityId() == a).findFirst().orElseThrow();
        Candidate second =
                shown.stream().filter(c -> c.facilityId() == b).findFirst().orElseThrow();
        workspace.candidates.select(first);
        workspace.candidates.select(second);
        _setValue(workspace.shareFields(first)[0], 500);
        _setValue(workspace.shareFields(first)[1], 60);
        _setValue(workspace.shareFields(second)[0], secondQuantity);
        _setValue(workspace.shareFields(second)[1], 50);
        return dealId;
    }
}
