package jp.tsunagu.sla;

import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static jp.tsunagu.security.AppRoles.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Escalations;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.SlaClocks.ClockView;
import org.assertj.core.data.Offset;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assignment clock of a PC-work deal through its life, with the engine clock set by hand. A 9:00–18:00
 * day has 540 business minutes; the PC assignment SLA is 3 days = 1,620, warning at 50% (810), at risk at
 * 80% (1,296). Other tests' clocks share the database, so every assertion is about this test's own deal.
 */
@TsunaguTest
class SlaClocksTest {

    @Autowired
    TestData data;

    @Autowired
    AuditLog audit;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    SlaClocks clocks;

    @Autowired
    SlaPauses pauses;

    @Autowired
    PauseCharges charges;

    @Autowired
    SlaMonitor monitor;

    @Autowired
    SlaHistory history;

    @Autowired
    SlaPolicyService policies;

    @Autowired
    TaskService engineTasks;

    @Autowired
    NotificationService notifications;

    String director;
    String staff;

    @BeforeEach
    void setUp() {
        director = TestData.unique("dir");
        staff = TestData.unique("staff");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        TestData.logout();
    }

    @Test
    void the_pc_assignment_clock_runs_three_business_days_across_a_holiday_and_the_task_is_due_then() {
        long dealId = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
        InboxTask assignment = task(dealId, staff, INTERMEDIARY);

        // Fri 17:00–18:00 (60), Mon 11/23 is a holiday, Tue 540, Wed 540, Thu 9:00 + 480 = 17:00.
        assertThat(assignment.dueAt()).isEqualTo(at("2026-11-26T17:00+09:00"));
        assertThat(assignment.sla().state()).isEqualTo(SlaState.RUNNING);
        ClockView clock = assignmentClock(dealId);
        assertThat(clock.targetMinutes()).isEqualTo(1620);
        assertThat(clock.dueAt()).isEqualTo(at("2026-11-26T17:00+09:00"));
    }

    @Test
    void two_business_days_waiting_for_the_customers_answer_are_charged_to_the_customer_and_other_waits_need_a_note() {
        long dealId = handedOverAt("2031-06-02T09:00+09:00", WorkCategory.PC);
        TestData.actAs(staff, INTERMEDIARY);
        inbox.claim(task(dealId, staff, INTERMEDIARY).taskId());
        now("2031-06-02T10:00+09:00");
        TestData.actAs(staff, INTERMEDIARY);
        assertThatThrownBy(() -> pauses.pause(dealId, "OTHER", " "))
                .as("other asks what")
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThatThrownBy(() -> pauses.pause(dealId, null, "待ち")).hasFieldOrPropertyWithValue("field", "reasonCode");
        pauses.pause(dealId, "CUSTOMER_ANSWER", null);
        // Mon 10:00 to Wed 10:00: two business days of 9 hours.
        now("2031-06-04T10:00+09:00");
        TestData.actAs(staff, INTERMEDIARY);
        pauses.resume(dealId);
        now("2031-06-04T11:00+09:00");
        complete(dealId, Outcome.ASSIGNED, staff, INTERMEDIARY);

        TestData.actAs("sv", SUPERVISOR);
        assertThat(charges.byParty(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 7)))
                .containsExactly(new PauseCharges.Charge("CUSTOMER", 1, 2 * 9 * 3600));
        // Done in 2 business hours (Mon 9–10, Wed 10–11); with the wait, 20.
        PauseCharges.LeadTimes lead = charges.leadTimes(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 7));
        assertThat(lead.averageSeconds()).isGreaterThan(0);
        assertThat(lead.averageWithPausesSeconds() - lead.averageSeconds())
                .as("the wait shows only in the second figure")
                .isGreaterThanOrEqualTo(2 * 9 * 3600.0 / lead.handOffs());
    }

    @Test
    void waiting_for_the_customer_pauses_the_clock_and_the_figures_leave_the_pause_out() {
        long dealId = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
        TestData.actAs(staff, INTERMEDIARY);
        inbox.claim(task(dealId, staff, INTERMEDIARY).taskId());
        now("2026-11-24T10:00+09:00"); // used: 60 + 60 = 120
        TestData.actAs(staff, INTERMEDIARY);
        pauses.pause(dealId, "CUSTOMER_ANSWER", "納品形式を顧客に確認中");

        ClockView paused = assignmentClock(dealId);
        assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.usedMinutes()).isEqualTo(120);
        assertThat(paused.dueAt()).isNull();
        assertThat(task(dealId, staff, INTERMEDIARY).dueAt())
                .as("no due date while paused")
                .isNull();
        assertThat(paused.pauses()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("納品形式を顧客に確認中"));

        now("2026-11-26T15:00+09:00"); // paused: Tue 480 + Wed 540 + Thu 360 = 1,380
        TestData.actAs(staff, INTERMEDIARY);
        pauses.resume(dealId);
        // 1,500 left from Thu 15:00: Thu 180, Fri 540, Mon 540, Tue 12/1 9:00 + 240 = 13:00.
        ClockView resumed = assignmentClock(dealId);
        assertThat(resumed.state()).isEqualTo(SlaState.RUNNING);
        assertThat(resumed.dueAt()).isEqualTo(at("2026-12-01T13:00+09:00"));
        assertThat(task(dealId, staff, INTERMEDIARY).dueAt()).isEqualTo(at("2026-12-01T13:00+09:00"));

        now("2026-12-01T12:00+09:00"); // used: 120 + 180 + 540 + 540 + 180 = 1,560
        complete(dealId, Outcome.ASSIGNED, staff, INTERMEDIARY);

        ClockView met = assignmentClock(dealId);
        assertThat(met.state()).isEqualTo(SlaState.MET);
        assertThat(met.usedMinutes()).isEqualTo(1560);
        assertThat(met.pausedMinutes()).isEqualTo(1380);
        TestData.actAs("sv", SUPERVISOR);
        assertThat(history.behind(
                        DealStage.ASSIGNMENT,
                        WorkCategory.PC,
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 1),
                        0,
                        10_000))
                .filteredOn(b -> b.dealId() == dealId)
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.usedDays()).isCloseTo(1560 / 540.0, Offset.offset(0.001));
                    assertThat(b.met()).isTrue();
                });
    }

    @Test
    void the_sweep_records_each_warning_and_the_breach_once_and_escalates_to_supervisors() {
        long dealId = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
        TestData.actAs(staff, INTERMEDIARY);
        inbox.claim(task(dealId, staff, INTERMEDIARY).taskId());

        now("2026-11-24T12:00+09:00"); // used 240 of 1,620: nothing due
        clocks.sweep();
        assertThat(assignmentClock(dealId).state()).isEqualTo(SlaState.RUNNING);
        assertThat(noticesOf(staff)).isZero();

        now("2026-11-25T15:00+09:00"); // used 960 ≥ 810: the first warning
        clocks.sweep();
        clocks.sweep();
        assertThat(noticesOf(staff)).isEqualTo(1);
        assertThat(assignmentClock(dealId).state()).isEqualTo(SlaState.RUNNING);

        now("2026-11-27T10:00+09:00"); // past Thu 17:00: at risk and breached
        clocks.sweep();
        clocks.sweep();
        ClockView breached = assignmentClock(dealId);
        assertThat(breached.state()).isEqualTo(SlaState.BREACHED);
        assertThat(noticesOf(staff))
                .as("80 % and the breach passed in one sweep: only the breach is told")
                .isEqualTo(2);
        TestData.actAs(staff, INTERMEDIARY);
        assertThat(notifications.page(0, 1, Locale.JAPANESE)).singleElement().satisfies(n -> {
            assertThat(n.text())
                    .startsWith("【" + TsunaguI18NProvider.translate("stage.ASSIGNMENT", Locale.JAPANESE) + "】")
                    .contains("超過")
                    .contains("2026/11/26 17:00");
            assertThat(n.link()).startsWith("/tasks/");
        });
        assertThat(escalationsOf(dealId)).isEqualTo(1);
        assertThat(engineTasks
                        .createTaskQuery()
                        .processDefinitionKey(Escalations.PROCESS_KEY)
                        .processInstanceBusinessKey(String.valueOf(dealId))
                        .singleResult())
                .satisfies(t -> assertThat(engineTasks.getIdentityLinksForTask(t.getId()))
                        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo(SUPERVISOR)));
        assertThat(task(dealId, staff, INTERMEDIARY).sla().minutesLeft())
                .as("business minutes over")
                .isNegative();

        // The supervisor's escalation shows how far over the hand-off is, and asks what was done about it.
        TestData.actAs(TestData.unique("sv"), SUPERVISOR);
        InboxTask escalation = inbox.openTasksOf(dealId).stream()
                .filter(InboxTask::isEscalation)
                .findFirst()
                .orElseThrow();
        assertThat(escalation.sla().state()).isEqualTo(SlaState.BREACHED);
        assertThat(escalation.sla().minutesLeft())
                .as("Thu 17–18 and Fri 9–10: two business hours over")
                .isEqualTo(-120);
        assertThat(escalation.task().formOutcomes())
                .containsExactly(
                        Outcome.REASSIGNED, Outcome.DEADLINE_AGREED, Outcome.BREACH_ACCEPTED, Outcome.RESOLVED);
        long version = data.dealVersion(dealId);
        assertThatThrownBy(() -> inbox.complete(
                        escalation.taskId(), new Completion(Outcome.BREACH_ACCEPTED, null, " ", null, version)))
                .hasMessage("task.escalationNote.required");
        inbox.complete(
                escalation.taskId(), new Completion(Outcome.DEADLINE_AGREED, null, "顧客と12/3納品で合意した", null, version));
        assertThat(escalationsOf(dealId)).as("handled").isZero();
        assertThat(audit.ofDeal(dealId)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("escalation");
            assertThat(r.detail()).isEqualTo("DEADLINE_AGREED：顧客と12/3納品で合意した");
        });
    }

    @Test
    void a_hand_off_done_half_a_minute_after_its_due_time_is_late_and_a_pause_loses_no_seconds() {
        long late = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
        now("2026-11-26T17:00:30+09:00"); // due Thu 17:00: 30 s over
        complete(late, Outcome.ASSIGNED, staff, INTERMEDIARY);
        assertThat(assignmentClock(late).state()).isEqualTo(SlaState.MISSED);
        TestData.actAs("sv", SUPERVISOR);
        assertThat(history.behind(
                        DealStage.ASSIGNMENT,
                        WorkCategory.PC,
                        LocalDate.of(2026, 11, 26),
                        LocalDate.of(2026, 11, 26),
                        0,
                        100_000))
                .filteredOn(b -> b.dealId() == late)
                .singleElement()
                .satisfies(b -> assertThat(b.met()).isFalse());

        long paused = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
        TestData.actAs(staff, INTERMEDIARY);
        inbox.claim(task(paused, staff, INTERMEDIARY).taskId());
        now("2026-11-24T10:00:40+09:00"); // used 120 min 40 s
        TestData.actAs(staff, INTERMEDIARY);
        pauses.pause(paused, "CUSTOMER_ANSWER", "納品形式を顧客に確認中");
        now("2026-11-26T15:00+09:00");
        TestData.actAs(staff, INTERMEDIARY);
        pauses.resume(paused);
        // 1,499 min 20 s left from Thu 15:00: Thu 180, Fri 540, Mon 540, Tue 12/1 9:00 + 239 min 20 s.
        assertThat(assignmentClock(paused).dueAt()).isEqualTo(at("2026-12-01T12:59:20+09:00"));
    }

    @Test
    void a_breach_the_sweep_recorded_stays_a_miss_whatever_the_count_says_afterwards() {
        long dealId = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
        now("2026-11-26T17:00+09:00"); // exactly due: the sweep records the breach
        clocks.sweep();
        assertThat(escalationsOf(dealId)).isEqualTo(1);
        complete(dealId, Outcome.ASSIGNED, staff, INTERMEDIARY); // 1,620 of 1,620 minutes
        assertThat(assignmentClock(dealId).state()).as("escalated, so not met").isEqualTo(SlaState.MISSED);
    }

    @Test
    void only_the_deals_owner_on_that_side_and_supervisors_stop_its_clocks_and_a_long_pause_shows_on_the_monitor() {
        long dealId = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC); // the assignment: intermediary's
        now("2026-11-24T10:00+09:00");
        for (String[] who :
                new String[][] {{director, DIRECTOR}, {TestData.unique("dir"), DIRECTOR}, {staff, INTERMEDIARY}}) {
            TestData.actAs(who[0], who[1]);
            assertThatThrownBy(() -> pauses.pause(dealId, "MATERIALS", "待ち"))
                    .as(who[0])
                    .hasMessage("sla.pause.notYours");
            assertThat(pauses.canPause(dealId)).isFalse();
        }
        TestData.actAs(staff, INTERMEDIARY);
        inbox.claim(task(dealId, staff, INTERMEDIARY).taskId());
        TestData.actAs(staff, INTERMEDIARY);
        assertThat(pauses.canPause(dealId)).isTrue();
        pauses.pause(dealId, "MATERIALS", "資料の到着待ち");
        TestData.actAs(TestData.unique("staff"), INTERMEDIARY);
        assertThatThrownBy(() -> pauses.resume(dealId)).hasMessage("sla.pause.notYours");
        assertThat(assignmentClock(dealId).state()).isEqualTo(SlaState.PAUSED);

        now("2026-12-04T10:00+09:00"); // 8 business days paused: not yet long
        TestData.actAs("sv", SUPERVISOR);
        assertThat(monitor.longPauses()).noneMatch(p -> p.dealId() == dealId);
        now("2026-12-09T10:00+09:00"); // 11 business days
        assertThat(monitor.longPauses())
                .filteredOn(p -> p.dealId() == dealId)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.reason()).isEqualTo("資料の到着待ち");
                    assertThat(p.pausedBy()).isEqualTo(staff);
                    assertThat(p.businessDays()).isCloseTo(11.0, Offset.offset(0.01));
                });
        pauses.resume(dealId);
        assertThat(assignmentClock(dealId).state())
                .as("a supervisor restarts it")
                .isEqualTo(SlaState.RUNNING);
        assertThat(monitor.longPauses()).noneMatch(p -> p.dealId() == dealId);
    }

    @Test
    void two_nodes_sweeping_at_the_same_moment_record_a_breach_once() throws Exception {
        long dealId = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
        now("2026-11-30T10:00+09:00");
        CountDownLatch go = new CountDownLatch(1);
        Date frozen = ClockUtil.getCurrentTime();
        List<CompletableFuture<Integer>> nodes = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ClockUtil.setCurrentTime(frozen);
                    return clocks.sweep();
                }))
                .toList();
        go.countDown();
        for (CompletableFuture<Integer> node : nodes) {
            node.get();
        }
        assertThat(escalationsOf(dealId)).isEqualTo(1);
        assertThat(assignmentClock(dealId).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void a_policy_change_applies_to_new_clocks_not_to_running_ones() {
        long running = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
        TestData.actAs("admin", AppRoles.ADMIN);
        var pc = policies.all().stream()
                .filter(p -> p.stage() == DealStage.ASSIGNMENT && p.category() == WorkCategory.PC)
                .findFirst()
                .orElseThrow();
        try {
            policies.update(pc.id(), pc.version(), SlaUnit.BUSINESS_DAYS, 5, 50, 80);
            long later = handedOverAt("2026-11-20T17:00+09:00", WorkCategory.PC);
            assertThat(assignmentClock(running).targetMinutes()).isEqualTo(1620);
            assertThat(assignmentClock(later).targetMinutes()).isEqualTo(2700);
        } finally {
            TestData.actAs("admin", AppRoles.ADMIN);
            var changed = policies.all().stream()
                    .filter(p -> p.id() == pc.id())
                    .findFirst()
                    .orElseThrow();
            policies.update(pc.id(), changed.version(), SlaUnit.BUSINESS_DAYS, 3, 50, 80);
        }
    }

    @Test
    void a_bad_policy_is_refused_and_nothing_changes() {
        TestData.actAs("admin", AppRoles.ADMIN);
        var before = policies.all();
        var p = before.get(0);
        assertThatThrownBy(() -> policies.update(p.id(), p.version(), SlaUnit.BUSINESS_DAYS, 0, 50, 80))
                .hasMessage("sla.policy.duration.positive");
        assertThatThrownBy(() -> policies.update(p.id(), p.version(), SlaUnit.BUSINESS_HOURS, -4, 50, 80))
                .hasMessage("sla.policy.duration.positive");
        assertThatThrownBy(() -> policies.update(p.id(), p.version(), SlaUnit.BUSINESS_DAYS, 3, 80, 50))
                .hasMessage("sla.policy.threshold.order");
        assertThatThrownBy(() -> policies.update(p.id(), p.version(), SlaUnit.BUSINESS_DAYS, 3, 50, 100))
                .hasMessage("sla.policy.threshold.range");
        assertThatThrownBy(() -> policies.update(p.id(), p.version() - 1, SlaUnit.BUSINESS_DAYS, 3, 50, 80))
                .hasMessage("sla.policy.changed");
        assertThatThrownBy(() -> SlaPolicyService.stage("CONTRACT"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("sla.policy.unknownStage");
        assertThat(policies.all()).isEqualTo(before);
    }

    @Test
    void hand_offs_completed_at_the_same_moment_all_count_in_the_monitors_lead_times() throws Exception {
        // A week of its own: other tests' hand-offs share the database.
        List<Long> deals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            deals.add(handedOverAt("2027-06-07T09:00+09:00", WorkCategory.PC));
        }
        now("2027-06-09T09:00+09:00"); // two business days: 1,080 of 1,620 minutes
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> staff = deals.stream()
                .map(dealId -> CompletableFuture.runAsync(
                        () -> {
                            try {
                                start.await();
                                complete(dealId, Outcome.ASSIGNED, TestData.unique("staff"), INTERMEDIARY);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            } finally {
                                TestData.logout();
                            }
                        },
                        Executors.newSingleThreadExecutor()))
                .toList();
        start.countDown();
        for (CompletableFuture<Void> done : staff) {
            done.get(2, TimeUnit.MINUTES);
        }

        TestData.actAs("sv", SUPERVISOR);
        assertThat(history.leadTimes(LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 13)))
                .filteredOn(l -> l.stage() == DealStage.ASSIGNMENT && l.category() == WorkCategory.PC)
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.count()).isEqualTo(4);
                    assertThat(l.median()).isCloseTo(2.0, Offset.offset(0.2));
                    assertThat(l.shareMet()).isEqualTo(1.0);
                });
    }

    private long handedOverAt(String instant, WorkCategory category) {
        now(instant);
        TestData.actAs(director, DIRECTOR);
        long dealId = data.deal(TestData.unique("SLA案件"), category);
        complete(dealId, Outcome.READY, director, DIRECTOR);
        complete(dealId, Outcome.DONE, director, DIRECTOR);
        complete(dealId, Outcome.HANDED_OVER, director, DIRECTOR);
        return dealId;
    }

    private void complete(long dealId, Outcome outcome, String user, String role) {
        if (outcome == Outcome.ASSIGNED) {
            data.assign(dealId, user);
            return;
        }
        InboxTask task = task(dealId, user, role);
        TestData.actAs(user, role);
        long version = data.dealVersion(dealId);
        inbox.complete(task.taskId(), Completion.of(outcome, version));
    }

    private InboxTask task(long dealId, String user, String role) {
        TestData.actAs(user, role);
        return inbox.openTasksOf(dealId).stream()
                .filter(t -> !t.isEscalation())
                .findFirst()
                .orElseThrow();
    }

    private ClockView assignmentClock(long dealId) {
        TestData.actAs("sv", SUPERVISOR);
        return clocks.clocksOf(dealId).stream()
                .filter(c -> c.stage() == DealStage.ASSIGNMENT)
                .findFirst()
                .orElseThrow();
    }

    private long escalationsOf(long dealId) {
        return engineTasks
                .createTaskQuery()
                .processDefinitionKey(Escalations.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(dealId))
                .count();
    }

    private long noticesOf(String user) {
        TestData.actAs(user, INTERMEDIARY);
        return notifications.count();
    }

    private static void now(String instant) {
        ClockUtil.setCurrentTime(Date.from(at(instant)));
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
