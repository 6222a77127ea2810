package jp.tsunagu.assignment;

import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.facility.FacilityForm;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.FacilityType;
import jp.tsunagu.facility.SurveyForm;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.HandOffEntry;
import jp.tsunagu.pipeline.HandOffTimeline;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.SlaClocks;
import jp.tsunagu.sla.SlaHistory;
import jp.tsunagu.sla.SlaMonitor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The path: staff offer a job to three facilities, one accepts in its portal, one declines,
 * one lets the deadline pass; staff confirm the split and the deal moves on to the trial. And every
 * refusal on the way, including one facility trying to read or answer another's offer.
 */
@TsunaguTest
class OfferTest {

    @Autowired
    TestData data;

    @Autowired
    FacilityService facilities;

    @Autowired
    OfferService offers;

    @Autowired
    OfferAnswers answers;

    @Autowired
    AssignmentService assignments;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    DealService deals;

    @Autowired
    HandOffTimeline timeline;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    Matching matching;

    @Autowired
    SlaClocks clocks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SlaMonitor monitor;

    @Autowired
    SlaHistory history;

    @Autowired
    UserDirectory users;

    final LocalDate answerBy = LocalDate.now().plusDays(3);

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    @Test
    void three_offers_one_accepted_one_declined_one_expired_then_a_split_moves_the_deal_to_trial() {
        long a = facility(true);
        long b = facility(true);
        long c = facility(true);
        long dealId = dealAtAssignment();
        TestData.actAs("staff", INTERMEDIARY);
        offers.send(dealId, List.of(a, b, c), answerBy);
        assertThat(offers.of(dealId)).extracting(OfferRow::status).containsOnly(OfferStatus.SENT);

        asFacility(a);
        assertThat(offers.mine()).singleElement().satisfies(o -> assertThat(o.dealId())
                .isEqualTo(dealId));
        long offerA = offers.mine().get(0).id();
        answers.answer(offerA, new OfferAnswer(OfferStatus.ACCEPTED, 700, 90, answerBy.plusDays(4), null));
        assertThatThrownBy(() -> answers.answer(offerA, new OfferAnswer(OfferStatus.ACCEPTED, 700, 90, answerBy, null)))
                .hasMessage("offer.alreadyAnswered");

        asFacility(b);
        long offerB = offers.mine().get(0).id();
        assertThatThrownBy(() ->
                        answers.answer(offerA, new OfferAnswer(OfferStatus.DECLINED, null, null, null, "他の仕事で手一杯")))
                .hasMessage("offer.notFound");
        assertThatThrownBy(() -> answers.answer(offerB, new OfferAnswer(OfferStatus.DECLINED, null, null, null, " ")))
                .hasMessage("offer.reason.required");
        answers.answer(offerB, new OfferAnswer(OfferStatus.DECLINED, null, null, null, "繁忙期で人手が足りない"));

        // Nobody at C answers: its deadline timer fires.
        var timer = management
                .createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(String.valueOf(dealId))
                        .processDefinitionKey("facility-offers")
                        .singleResult()
                        .getId())
                .timers()
                .singleResult();
        management.executeJob(timer.getId());

        TestData.actAs("staff", INTERMEDIARY);
        assertThat(offers.of(dealId))
                .extracting(OfferRow::status)
                .containsExactly(OfferStatus.ACCEPTED, OfferStatus.DECLINED, OfferStatus.EXPIRED);
        assertThatThrownBy(() -> assignments.confirm(
                        dealId, List.of(new Split(b, 700, 90)), 700, answerBy, answerBy.plusMonths(3)))
                .hasMessage("assignment.offer.notAccepted");
        assignments.confirm(dealId, List.of(new Split(a, 700, 90)), 700, answerBy, answerBy.plusMonths(3));

        TestData.actAs("dir", DIRECTOR);
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.TRIAL);
        List<HandOffEntry> offersRecorded = timeline.of(dealId).stream()
                .filter(h -> h.toStage() == DealStage.OFFER)
                .toList();
        assertThat(offersRecorded).hasSize(3).allSatisfy(h -> {
            assertThat(h.fromParty()).isEqualTo(Party.INTERMEDIARY);
            assertThat(h.toParty()).isEqualTo(Party.FACILITY);
            assertThat(h.crossParty()).isTrue();
            assertThat(h.completedAt()).isNotNull();
        });
        assertThat(offersRecorded)
                .extracting(HandOffEntry::outcome)
                .containsExactly(Outcome.OFFER_ACCEPTED, Outcome.OFFER_DECLINED, null);
        TestData.actAs("sv", AppRoles.SUPERVISOR);
        assertThat(clocks.clocksOf(dealId))
                .filteredOn(clock -> clock.stage() == DealStage.OFFER)
                .hasSize(3)
                .allSatisfy(clock -> assertThat(clock.stoppedAt())
                        .as("every offer's clock stopped")
                        .isNotNull());
        // Two answers are work done; the offer nobody answered is not a hand-off completed on time.
        assertThat(clocks.clocksOf(dealId))
                .filteredOn(clock -> clock.stage() == DealStage.OFFER)
                .extracting(SlaClocks.ClockView::state)
                .containsExactly(SlaState.MET, SlaState.MET, SlaState.CANCELLED);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assertThat(history.behind(DealStage.OFFER, WorkCategory.PC, today, today, 0, 100_000))
                .as("the offer lead times count the answers only")
                .filteredOn(row -> row.dealId() == dealId)
                .hasSize(2);
    }

    @Test
    void a_facility_slow_to_answer_offers_ranks_below_an_equal_one_never_asked() {
        long slow = facility(true);
        long unknown = facility(true);
        long dealId = dealAtAssignment();
        TestData.actAs("staff", INTERMEDIARY);
        offers.send(dealId, List.of(slow), answerBy);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(60))));
        try {
            asFacility(slow);
            answers.answer(offers.mine().get(0).id(), new OfferAnswer(OfferStatus.DECLINED, null, null, null, "多忙"));
        } finally {
            ClockUtil.reset();
        }
        TestData.actAs("staff", INTERMEDIARY);
        var ranked = matching.rank(MatchRequest.forCategory(WorkCategory.PC, LocalDate.now()), 100_000).stream()
                .filter(c -> c.facilityId() == slow || c.facilityId() == unknown)
                .toList();
        assertThat(ranked).extracting(Candidate::facilityId).containsExactly(unknown, slow);
        assertThat(ranked.get(1).answerHours()).isGreaterThan(59);
        // About 60 h to answer: (72 - 60) / 48 of the 10 points, about 2.5, kept; 7 or 8 points lost after rounding.
        assertThat(ranked.get(0).score() - ranked.get(1).score()).isBetween(7, 8);
    }

    @Test
    void offers_to_a_facility_without_the_kind_of_work_or_twice_or_without_a_deadline_are_refused() {
        long noPc = facility(false);
        long ok = facility(true);
        long dealId = dealAtAssignment();
        TestData.actAs("staff", INTERMEDIARY);
        assertThatThrownBy(() -> offers.send(dealId, List.of(noPc), answerBy))
                .hasMessage("assignment.facility.category");
        assertThatThrownBy(() -> offers.send(dealId, List.of(ok), LocalDate.now()))
                .hasMessage("offer.deadline.future");
        offers.send(dealId, List.of(ok), answerBy);
        assertThatThrownBy(() -> offers.send(dealId, List.of(ok), answerBy)).hasMessage("offer.alreadyOpen");
        assertThat(offers.of(dealId)).hasSize(1);
    }

    @Test
    void a_facility_user_never_reads_another_facilitys_data() {
        long mine = facility(true);
        long other = facility(true);
        asFacility(mine);
        assertThat(facilities.find(mine)).isPresent();
        assertThat(facilities.find(other)).isEmpty();
        assertThat(facilities.latestSurvey(other)).isEmpty();
        assertThat(facilities.surveyHistory(other)).isEmpty();
        SurveyForm survey = new SurveyForm();
        survey.setAcceptsPc(true);
        survey.setEarliestStart(LocalDate.now());
        assertThatThrownBy(() -> facilities.answerSurvey(other, survey)).isInstanceOf(UserFacingException.class);
        facilities.answerSurvey(mine, survey);
        assertThatThrownBy(() -> facilities.page("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_breach_of_an_offer_nobody_took_goes_to_the_staff_member_who_sent_it_not_the_director() {
        long slow = facility(true);
        long dealId = dealAtAssignment();
        String sender = TestData.unique("sender");
        TestData.actAs(sender, INTERMEDIARY);
        offers.send(dealId, List.of(slow), answerBy);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(10))));
        try {
            clocks.sweep();
        } finally {
            ClockUtil.reset();
        }
        List<String> told = jdbc.queryForList(
                "select recipient from notification where deal_id = ?" + " and kind = 'SLA_BREACH'",
                String.class,
                dealId);
        assertThat(told).contains(sender).doesNotContain("dir");
    }

    @Test
    void losing_the_deal_withdraws_its_offers_stops_their_clocks_tells_the_facilities_and_refuses_an_answer() {
        long waiting = facility(true);
        long saidYes = facility(true);
        String waitingStaff = TestData.unique("fac-staff");
        users.create(waitingStaff, "a-long-enough-password-1", "事業所の職員", AppRoles.FACILITY);
        users.linkFacility(waitingStaff, waiting);
        long dealId = dealAtAssignment();
        TestData.actAs("staff", INTERMEDIARY);
        offers.send(dealId, List.of(waiting, saidYes), answerBy);
        asFacility(saidYes);
        answers.answer(offers.mine().get(0).id(), new OfferAnswer(OfferStatus.ACCEPTED, 700, 90, answerBy, null));

        TestData.actAs("staff", INTERMEDIARY);
        String assignment = inbox.openTasksOf(dealId).stream()
                .filter(t -> !t.isEscalation())
                .findFirst()
                .orElseThrow()
                .taskId();
        inbox.complete(
                assignment,
                new Completion(Outcome.LOST, LostReasonOption.OTHER, "顧客の予算凍結", null, data.dealVersion(dealId)));

        assertThat(offers.of(dealId)).extracting(OfferRow::status).containsOnly(OfferStatus.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("facility-offers")
                        .processInstanceBusinessKey(String.valueOf(dealId))
                        .count())
                .as("no offer process runs")
                .isZero();
        TestData.actAs("sv", AppRoles.SUPERVISOR);
        assertThat(clocks.clocksOf(dealId))
                .filteredOn(c -> c.stage() == DealStage.OFFER)
                .as("the open offer's clock " + "stops, uncounted; the answer given was work done")
                .extracting(SlaClocks.ClockView::state)
                .containsExactly(SlaState.CANCELLED, SlaState.MET);
        assertThat(jdbc.queryForList(
                        "select recipient from notification where deal_id = ? and kind = 'OFFER_WITHDRAWN'",
                        String.class,
                        dealId))
                .containsExactly(waitingStaff);

        asFacility(waiting);
        long offer = offers.mine().get(0).id();
        assertThatThrownBy(() -> answers.answer(offer, new OfferAnswer(OfferStatus.ACCEPTED, 700, 90, answerBy, null)))
                .hasMessage("offer.dealClosed");
        assertThat(offers.openToMe(dealId)).isFalse();
    }

    private void asFacility(long facilityId) {
        TestData.actAs("fac-" + facilityId, AppRoles.FACILITY, AppRoles.facilityGroup(facilityId));
    }

    private long facility(boolean pc) {
        TestData.actAs("staff", INTERMEDIARY);
        FacilityForm form = new FacilityForm();
        form.setName(TestData.unique("オファー先"));
        form.setType(FacilityType.B);
        long id = facilities.register(form).getId();
        SurveyForm s = new SurveyForm();
        s.setAcceptsPc(pc);
        s.setAcceptsLight(!pc);
        s.setPcWorkers(pc ? 5 : 0);
        s.setLightWorkers(5);
        s.setMonthlyCapacityHours(500);
        s.setEarliestStart(LocalDate.now());
        facilities.answerSurvey(id, s);
        return id;
    }

    private long dealAtAssignment() {
        TestData.actAs("dir", DIRECTOR);
        return data.dealAtAssignment(TestData.unique("オファー案件"), WorkCategory.PC);
    }
}
