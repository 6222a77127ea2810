package jp.tsunagu.pipeline;

import static jp.tsunagu.pipeline.Outcome.*;
import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.crm.ActivityForm;
import jp.tsunagu.crm.ActivityKind;
import jp.tsunagu.crm.ActivityService;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives {@code bpmn/deal-pipeline.bpmn} through every path as the users would, through the same
 * service the task form calls, and checks the engine's state, the candidate groups and the hand-off
 * records at each step.
 */
@TsunaguTest
class DealPipelineProcessTest {

    @Autowired
    private ActivityService activities;

    @Autowired
    private ManagementService management;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    TestData data;

    @Autowired
    DealService deals;

    @Autowired
    HandOffTimeline timeline;

    @Autowired
    PipelineDriver driver;

    String director;
    String staff;

    @BeforeEach
    void setUp() {
        init(engine);
        director = TestData.unique("dir");
        staff = TestData.unique("staff");
        TestData.actAs(director, DIRECTOR);
    }

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    @Test
    void happy_path_runs_from_lead_to_closed_qa_through_both_inboxes() {
        long dealId = data.deal(TestData.unique("請求書入力"), WorkCategory.PC);
        ProcessInstance pi = instanceOf(dealId);

        BpmnAwareTests.assertThat(pi).isWaitingAt("qualifyLead");
        BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup(DIRECTOR);
        assertThat(deal(dealId).stage()).isEqualTo(DealStage.LEAD);

        driver.complete(dealId, READY, director, DIRECTOR);
        waitingAt(pi, "defineRequirements", DIRECTOR);
        driver.complete(dealId, DONE, director, DIRECTOR);
        waitingAt(pi, "handOver", DIRECTOR);
        driver.complete(dealId, HANDED_OVER, director, DIRECTOR);
        waitingAt(pi, "assignFacilities", INTERMEDIARY);
        assertThat(deal(dealId).stage()).isEqualTo(DealStage.ASSIGNMENT);
        driver.complete(dealId, ASSIGNED, staff, INTERMEDIARY);
        waitingAt(pi, "runTrial", INTERMEDIARY);
        driver.complete(dealId, TRIAL_DONE, staff, INTERMEDIARY);
        waitingAt(pi, "evaluateTrial", DIRECTOR);
        driver.complete(dealId, PASSED, director, DIRECTOR);
        waitingAt(pi, "deliverWork", INTERMEDIARY);
        driver.complete(dealId, DELIVERED, staff, INTERMEDIARY);
        waitingAt(pi, "inspectQuality", DIRECTOR);
        driver.complete(dealId, ACCEPTED, director, DIRECTOR);

        BpmnAwareTests.assertThat(pi)
                .isEnded()
                .hasPassed("closeDeal", "dealClosed")
                .hasNotPassed("markLost");
        DealDetails closed = deal(dealId);
        assertThat(closed.status()).isEqualTo(DealStatus.COMPLETED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.intermediary()).isEqualTo(staff);

        TestData.actAs(director, DIRECTOR);
        List<HandOffEntry> handOffs = timeline.of(dealId);
        assertThat(handOffs)
                .extracting(HandOffEntry::toStage)
                .containsExactly(
                        DealStage.LEAD,
                        DealStage.REQUIREMENTS,
                        DealStage.HANDOVER,
                        DealStage.ASSIGNMENT,
                        DealStage.TRIAL,
                        DealStage.TRIAL_REVIEW,
                        DealStage.DELIVERY,
                        DealStage.QA);
        assertThat(handOffs)
                .extracting(HandOffEntry::crossParty)
                .containsExactly(false, false, false, true, false, true, true, true);
        assertThat(handOffs).allSatisfy(h -> {
            assertThat(h.completedAt()).isNotNull();
            assertThat(h.completedAt()).isAfterOrEqualTo(h.createdAt());
        });
        HandOffEntry toIntermediary = handOffs.get(3);
        assertThat(toIntermediary.fromParty()).isEqualTo(Party.COMPANY);
        assertThat(toIntermediary.toParty()).isEqualTo(Party.INTERMEDIARY);
        assertThat(toIntermediary.createdBy()).isEqualTo(director);
        assertThat(handOffs.get(0).createdBy())
                .as("the first arrival names the director who created the deal")
                .isEqualTo(director);
        assertThat(toIntermediary.completedBy()).isEqualTo(staff);
        assertThat(toIntermediary.outcome()).isEqualTo(ASSIGNED);
    }

    @Test
    void a_lead_lost_before_contract_keeps_its_stage_and_reason() {
        long dealId = data.deal(TestData.unique("失注リード"), WorkCategory.LIGHT);
        ProcessInstance pi = instanceOf(dealId);

        driver.complete(dealId, LOST, director, DIRECTOR);

        BpmnAwareTests.assertThat(pi)
                .isEnded()
                .hasPassed("markLost", "dealLost")
                .hasNotPassed("defineRequirements");
        DealDetails lost = deal(dealId);
        assertThat(lost.status()).isEqualTo(DealStatus.LOST);
        assertThat(lost.stage()).isEqualTo(DealStage.LEAD);
        assertThat(lost.lostReason()).isEqualTo(LostReasonOption.PRICE);
        assertThat(lost.lostNote()).isEqualTo("予算超過");
    }

    @Test
    void the_intermediary_can_lose_a_deal_at_assignment_when_no_facility_can_take_it() {
        long dealId = data.deal(TestData.unique("受入不可"), WorkCategory.OFFSITE);
        ProcessInstance pi = instanceOf(dealId);
        driver.complete(dealId, READY, director, DIRECTOR);
        driver.complete(dealId, DONE, director, DIRECTOR);
        driver.complete(dealId, HANDED_OVER, director, DIRECTOR);

        driver.complete(dealId, LOST, staff, INTERMEDIARY);

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("dealLost");
        assertThat(deal(dealId).stage()).isEqualTo(DealStage.ASSIGNMENT);
        assertThat(deal(dealId).status()).isEqualTo(DealStatus.LOST);
    }

    @Test
    void nurturing_waits_for_the_next_contact_date_then_comes_back_to_the_directors_inbox() {
        long dealId = data.deal(TestData.unique("育成中"), WorkCategory.PC);
        ProcessInstance pi = instanceOf(dealId);

        driver.complete(dealId, NURTURE, director, DIRECTOR);
        // Out of the inbox until the promised day, at nine in the morning Japan time.
        BpmnAwareTests.assertThat(pi).isWaitingAt("waitNextContact");
        LocalDate promised = deal(dealId).nextContactOn();
        assertThat(promised).isNotNull();
        assertThat(nurtureTimer(pi).getDuedate()).isEqualTo(NurtureTimer.at(promised));
        assertThat(NurtureTimer.at(LocalDate.of(2026, 11, 24)).toInstant()).hasToString("2026-11-24T00:00:00Z");

        // Logging a call with a nearer next action moves the reminder to that day.
        TestData.actAs(director, DIRECTOR);
        ActivityForm call = new ActivityForm();
        call.setKind(ActivityKind.CALL);
        call.setOccurredOn(LocalDate.now());
        call.setSummary("担当者に電話。来週の部内会議で検討とのこと");
        call.setNextAction("会議の結果を確認");
        call.setNextActionOn(LocalDate.now().plusDays(3));
        activities.log(deal(dealId).customerId(), dealId, call);
        assertThat(deal(dealId).nextContactOn()).isEqualTo(LocalDate.now().plusDays(3));
        assertThat(nurtureTimer(pi).getDuedate())
                .isEqualTo(NurtureTimer.at(LocalDate.now().plusDays(3)));

        // The day comes: the deal is back in the director's inbox.
        management.executeJob(nurtureTimer(pi).getId());
        waitingAt(pi, "qualifyLead", DIRECTOR);
        driver.complete(dealId, READY, director, DIRECTOR);

        waitingAt(pi, "defineRequirements", DIRECTOR);
        TestData.actAs(director, DIRECTOR);
        assertThat(timeline.of(dealId))
                .extracting(HandOffEntry::toStage)
                .containsExactly(DealStage.LEAD, DealStage.LEAD, DealStage.REQUIREMENTS);
        assertThat(timeline.of(dealId)).extracting(HandOffEntry::outcome).containsExactly(NURTURE, READY, null);
    }

    private Job nurtureTimer(ProcessInstance pi) {
        return management
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId("waitNextContact")
                .singleResult();
    }

    @Test
    void a_failed_trial_goes_back_to_requirements_and_that_is_a_hand_off_to_the_company() {
        long dealId = data.deal(TestData.unique("要件見直し"), WorkCategory.PC);
        ProcessInstance pi = instanceOf(dealId);
        driver.complete(dealId, READY, director, DIRECTOR);
        driver.complete(dealId, DONE, director, DIRECTOR);
        driver.complete(dealId, HANDED_OVER, director, DIRECTOR);
        driver.complete(dealId, ASSIGNED, staff, INTERMEDIARY);
        driver.complete(dealId, TRIAL_DONE, staff, INTERMEDIARY);

        driver.complete(dealId, ADJUST, director, DIRECTOR);

        waitingAt(pi, "defineRequirements", DIRECTOR);
        assertThat(deal(dealId).stage()).isEqualTo(DealStage.REQUIREMENTS);
        TestData.actAs(director, DIRECTOR);
        HandOffEntry back = timeline.of(dealId).get(6);
        assertThat(back.fromStage()).isEqualTo(DealStage.TRIAL_REVIEW);
        assertThat(back.toStage()).isEqualTo(DealStage.REQUIREMENTS);
        assertThat(back.crossParty())
                .as("the director's own evaluation sends it back to the director")
                .isFalse();
    }

    @Test
    void a_failed_qa_goes_to_rework_and_is_inspected_again() {
        long dealId = data.deal(TestData.unique("手直し"), WorkCategory.PC);
        ProcessInstance pi = instanceOf(dealId);
        driver.complete(dealId, READY, director, DIRECTOR);
        driver.complete(dealId, DONE, director, DIRECTOR);
        driver.complete(dealId, HANDED_OVER, director, DIRECTOR);
        driver.complete(dealId, ASSIGNED, staff, INTERMEDIARY);
        driver.complete(dealId, TRIAL_DONE, staff, INTERMEDIARY);
        driver.complete(dealId, PASSED, director, DIRECTOR);
        driver.complete(dealId, DELIVERED, staff, INTERMEDIARY);

        driver.complete(dealId, REWORK, director, DIRECTOR);
        waitingAt(pi, "reworkDelivery", INTERMEDIARY);
        assertThat(deal(dealId).stage()).isEqualTo(DealStage.REWORK);
        driver.complete(dealId, REDELIVERED, staff, INTERMEDIARY);
        waitingAt(pi, "inspectQuality", DIRECTOR);
        driver.complete(dealId, ACCEPTED, director, DIRECTOR);

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("reworkDelivery", "closeDeal");
        assertThat(deal(dealId).status()).isEqualTo(DealStatus.COMPLETED);
        TestData.actAs(director, DIRECTOR);
        assertThat(timeline.of(dealId))
                .extracting(HandOffEntry::toStage)
                .endsWith(DealStage.QA, DealStage.REWORK, DealStage.QA);
    }

    @Test
    void every_user_task_in_the_bpmn_is_a_known_pipeline_task_and_back() {
        var definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(PipelineTask.PROCESS_KEY)
                .latestVersion()
                .singleResult();
        Set<String> inBpmn =
                repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class).stream()
                        .map(UserTask::getId)
                        .collect(Collectors.toSet());
        Set<String> known = Arrays.stream(PipelineTask.values())
                .filter(t -> !t.isEscalation() && !t.stage().runsBeside())
                .map(PipelineTask::taskKey)
                .collect(Collectors.toSet());
        assertThat(inBpmn).isEqualTo(known);
        assertThat(definition.getHistoryTimeToLive()).isNotNull();

        var escalation = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(Escalations.PROCESS_KEY)
                .latestVersion()
                .singleResult();
        assertThat(repository.getBpmnModelInstance(escalation.getId()).getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId)
                .containsExactly(PipelineTask.HANDLE_BREACH.taskKey());
        var offers = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(Offers.PROCESS_KEY)
                .latestVersion()
                .singleResult();
        assertThat(repository.getBpmnModelInstance(offers.getId()).getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId)
                .containsExactly(PipelineTask.ANSWER_OFFER.taskKey());
    }

    private void waitingAt(ProcessInstance pi, String activity, String group) {
        BpmnAwareTests.assertThat(pi).isWaitingAt(activity);
        BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup(group);
    }

    private ProcessInstance instanceOf(long dealId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(dealId))
                .processDefinitionKey(PipelineTask.PROCESS_KEY)
                .singleResult();
    }

    private DealDetails deal(long dealId) {
        TestData.actAs(director, DIRECTOR);
        return deals.details(dealId).orElseThrow();
    }
}
