package jp.tsunagu.assignment;

import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.facility.FacilityForm;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.FacilityType;
import jp.tsunagu.facility.SkillOption;
import jp.tsunagu.facility.SurveyForm;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.HandOffEntry;
import jp.tsunagu.pipeline.HandOffTimeline;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ranking facilities for a job, the instant answer, and confirming a split with every refusal. */
@TsunaguTest
class AssignmentTest {

    @Autowired
    TestData data;

    @Autowired
    FacilityService facilities;

    @Autowired
    Matching matching;

    @Autowired
    AssignmentService assignments;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    DealService deals;

    @Autowired
    HandOffTimeline timeline;

    String town;
    LocalDate start = LocalDate.of(2027, 1, 4);

    @BeforeEach
    void setUp() {
        town = TestData.unique("市");
    }

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    @Test
    void facilities_rank_by_skills_free_capacity_and_start_and_say_why() {
        List<SkillOption> pcSkills = facilities.skills().stream()
                .filter(s -> s.category() == WorkCategory.PC)
                .toList();
        Set<Long> asked = Set.of(pcSkills.get(0).id(), pcSkills.get(1).id());
        long full = facility("全部できる", true, false, 8, 400, start.minusDays(10), asked);
        long half = facility(
                "半分できる",
                true,
                false,
                8,
                400,
                start.minusDays(10),
                Set.of(pcSkills.get(0).id()));
        long late = facility("遅れて始まる", true, false, 8, 400, start.plusDays(20), asked);
        long noPc = facility("PC不可", false, true, 8, 400, start, asked);

        TestData.actAs("staff", INTERMEDIARY);
        List<Candidate> ranked = matching
                .rank(new MatchRequest(WorkCategory.PC, asked, 3, 100, start, start.plusMonths(2), town), 100_000)
                .stream()
                .filter(c -> List.of(full, half, late, noPc).contains(c.facilityId()))
                .toList();

        assertThat(ranked).extracting(Candidate::facilityId).containsExactly(full, late, half);
        assertThat(ranked.get(0).score()).isEqualTo(100);
        assertThat(ranked.get(0).skillsHad()).isEqualTo(2);
        assertThat(ranked.get(2).skillsHad()).isEqualTo(1);
        assertThat(ranked.get(1).score())
                .isLessThan(100)
                .isGreaterThan(ranked.get(2).score());
    }

    @Test
    void a_facility_with_5_workers_covers_5_of_8_and_ranks_below_one_with_all_8() {
        long five = facility("五人の工房", true, false, 5, 400, start.minusDays(10), Set.of());
        long eight = facility("八人の工房", true, false, 8, 400, start.minusDays(10), Set.of());
        TestData.actAs("staff", INTERMEDIARY);
        List<Candidate> ranked = matching
                .rank(new MatchRequest(WorkCategory.PC, Set.of(), 8, 100, start, start.plusMonths(2), town), 100_000)
                .stream()
                .filter(c -> List.of(five, eight).contains(c.facilityId()))
                .toList();
        assertThat(ranked).extracting(Candidate::facilityId).containsExactly(eight, five);
        assertThat(ranked.get(0).coversWorkers()).isTrue();
        assertThat(ranked.get(1).coversWorkers()).isFalse();
        assertThat(ranked.get(1).score())
                .as("not a full fit")
                .isLessThan(ranked.get(0).score());
    }

    @Test
    void work_already_assigned_in_the_period_lowers_free_capacity_and_the_instant_answer_counts_it() {
        TestData.actAs("staff", INTERMEDIARY);
        MatchRequest light = MatchRequest.forCategory(WorkCategory.LIGHT, start);
        CapacityAnswer before = matching.answer(light);
        long busy = facility("忙しい工房", false, true, 10, 200, start.minusDays(1), Set.of());
        CapacityAnswer after = matching.answer(light);
        assertThat(after.facilities()).isEqualTo(before.facilities() + 1);
        assertThat(after.workers()).isEqualTo(before.workers() + 10);

        long dealId = dealAtAssignment(WorkCategory.LIGHT);
        TestData.actAs("staff", INTERMEDIARY);
        assignments.confirm(dealId, List.of(new Split(busy, 500, 150)), 500, start, start.plusMonths(6));

        Candidate c = matching
                .rank(
                        new MatchRequest(
                                WorkCategory.LIGHT, Set.of(), 1, 100, start.plusMonths(1), start.plusMonths(2), null),
                        100_000)
                .stream()
                .filter(x -> x.facilityId() == busy)
                .findFirst()
                .orElseThrow();
        assertThat(c.bookedHours()).isEqualTo(150);
        assertThat(c.freeHours()).isEqualTo(50);
    }

    @Test
    void confirming_a_split_moves_the_deal_to_the_trial_with_the_hand_off_recorded() {
        long a = facility("分担A", true, true, 5, 300, start, Set.of());
        long b = facility("分担B", true, true, 5, 300, start, Set.of());
        long dealId = dealAtAssignment(WorkCategory.PC);
        TestData.actAs("staff", INTERMEDIARY);

        assignments.confirm(
                dealId, List.of(new Split(a, 600, 80), new Split(b, 400, 60)), 1000, start, start.plusMonths(3));

        TestData.actAs("dir", DIRECTOR);
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.TRIAL);
        assertThat(assignments.of(dealId))
                .extracting(AssignedFacility::quantity)
                .containsExactly(600, 400);
        HandOffEntry last = timeline.of(dealId).get(timeline.of(dealId).size() - 1);
        assertThat(last.fromStage()).isEqualTo(DealStage.ASSIGNMENT);
        assertThat(last.toStage()).isEqualTo(DealStage.TRIAL);
        assertThat(timeline.of(dealId).get(timeline.of(dealId).size() - 2).completedBy())
                .isEqualTo("staff");
    }

    @Test
    void bad_splits_are_refused_and_nothing_is_saved() {
        long pcOnly = facility("PCだけ", true, false, 5, 300, start, Set.of());
        long lightOnly = facility("軽作業だけ", false, true, 5, 300, start, Set.of());
        long dealId = dealAtAssignment(WorkCategory.PC);
        TestData.actAs("staff", INTERMEDIARY);

        assertThatThrownBy(() -> assignments.confirm(
                        dealId, List.of(new Split(pcOnly, 600, 80)), 1000, start, start.plusMonths(1)))
                .hasMessage("assignment.split.sum");
        assertThatThrownBy(() -> assignments.confirm(
                        dealId, List.of(new Split(lightOnly, 1000, 80)), 1000, start, start.plusMonths(1)))
                .hasMessage("assignment.facility.category");
        assertThatThrownBy(() -> assignments.confirm(
                        dealId, List.of(new Split(pcOnly, 1000, 80)), 1000, start, start.minusDays(1)))
                .hasMessage("assignment.period.order");
        assertThatThrownBy(() ->
                        assignments.confirm(dealId, List.of(new Split(pcOnly, 0, 80)), 0, start, start.plusMonths(1)))
                .hasMessage("assignment.quantity.positive");
        assertThatThrownBy(() -> assignments.confirm(
                        dealId,
                        List.of(new Split(pcOnly, 500, 80), new Split(pcOnly, 500, 80)),
                        1000,
                        start,
                        start.plusMonths(1)))
                .hasMessage("assignment.facility.twice");
        assertThatThrownBy(() -> assignments.confirm(dealId, List.of(), 1000, start, start.plusMonths(1)))
                .hasMessage("assignment.noFacility");
        String taskId = inbox.openTasksOf(dealId).get(0).taskId();
        long version = deals.details(dealId).orElseThrow().version();
        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.ASSIGNED, version)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("assignment.confirmFirst");
        assertThat(assignments.of(dealId)).isEmpty();
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.ASSIGNMENT);

        assignments.confirm(dealId, List.of(new Split(pcOnly, 1000, 80)), 1000, start, start.plusMonths(1));
        assertThatThrownBy(() -> assignments.confirm(
                        dealId, List.of(new Split(pcOnly, 1000, 80)), 1000, start, start.plusMonths(1)))
                .hasMessage("assignment.notAtAssignment");
    }

    @Test
    void a_facility_with_bad_master_data_or_a_negative_capacity_is_refused() {
        TestData.actAs("staff", INTERMEDIARY);
        FacilityForm form = new FacilityForm();
        form.setName(TestData.unique("郵便"));
        form.setType(FacilityType.B);
        form.setPostalCode("42-00001");
        assertThatThrownBy(() -> facilities.register(form)).isInstanceOf(ConstraintViolationException.class);
        form.setPostalCode("420-0001");
        form.setMunicipality(town);
        long id = facilities.register(form).getId();
        assertThatThrownBy(() -> facilities.register(form)).hasMessage("facility.duplicate");
        SurveyForm survey = new SurveyForm();
        survey.setAcceptsPc(true);
        survey.setMonthlyCapacityHours(-1);
        survey.setEarliestStart(start);
        assertThatThrownBy(() -> facilities.answerSurvey(id, survey)).isInstanceOf(ConstraintViolationException.class);
        assertThat(facilities.latestSurvey(id)).isEmpty();
    }

    private long facility(
            String name, boolean pc, boolean light, int workers, int capacity, LocalDate earliest, Set<Long> skills) {
        TestData.actAs("staff", INTERMEDIARY);
        FacilityForm form = new FacilityForm();
        form.setName(TestData.unique(name));
        form.setType(FacilityType.B);
        form.setMunicipality(town);
        long id = facilities.register(form).getId();
        SurveyForm s = new SurveyForm();
        s.setAcceptsPc(pc);
        s.setAcceptsLight(light);
        s.setPcWorkers(pc ? workers : 0);
        s.setLightWorkers(light ? workers : 0);
        s.setMonthlyCapacityHours(capacity);
        s.setEarliestStart(earliest);
        s.setSkillIds(skills);
        facilities.answerSurvey(id, s);
        return id;
    }

    private long dealAtAssignment(WorkCategory category) {
        TestData.actAs("dir", DIRECTOR);
        return data.dealAtAssignment(TestData.unique("アサイン"), category);
    }
}
