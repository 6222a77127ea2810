package jp.tsunagu.pipeline;

import static jp.tsunagu.security.AppRoles.ADMIN;
import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.WorkCategory;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The inbox as its users meet it: what they see, what they may take, and every refusal. */
@TsunaguTest
class TaskInboxServiceTest {

    @Autowired
    TaskInboxService inbox;

    @Autowired
    DealService deals;

    @Autowired
    HandOffTimeline timeline;

    @Autowired
    TestData data;

    @Autowired
    PipelineDriver driver;

    @Autowired
    TaskService engineTasks;

    String director;
    String tag;

    @BeforeEach
    void setUp() {
        director = TestData.unique("dir");
        tag = TestData.unique("inbox");
        TestData.actAs(director, DIRECTOR);
    }

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    @Test
    void a_new_deal_waits_in_the_directors_group_inbox_until_someone_claims_it() {
        long dealId = data.deal(tag + " 名刺入力", WorkCategory.PC);
        InboxFilter group = new InboxFilter(InboxScope.GROUP, tag, null, false);
        InboxFilter mine = new InboxFilter(InboxScope.MINE, tag, null, false);

        List<InboxTask> waiting = inbox.page(group, 0, 50, InboxSort.DUE, true);
        assertThat(waiting).singleElement().satisfies(t -> {
            assertThat(t.dealId()).isEqualTo(dealId);
            assertThat(t.stage()).isEqualTo(DealStage.LEAD);
            assertThat(t.dealTitle()).isEqualTo(tag + " 名刺入力");
            assertThat(t.customerName()).startsWith("テスト顧客");
            assertThat(t.dueAt()).isAfter(t.createdAt());
        });
        assertThat(inbox.count(mine)).isZero();

        inbox.claim(waiting.get(0).taskId());

        assertThat(inbox.count(group)).isZero();
        assertThat(inbox.page(mine, 0, 50, InboxSort.DUE, true))
                .extracting(InboxTask::assignee)
                .containsExactly(director);
        TestData.actAs(director, DIRECTOR);
        assertThat(timeline.of(dealId).get(0).claimedBy()).isEqualTo(director);

        inbox.unclaim(waiting.get(0).taskId());
        assertThat(inbox.count(group)).isEqualTo(1);
    }

    @Test
    void intermediary_staff_never_see_the_directors_tasks_and_cannot_act_on_them() {
        long dealId = data.deal(tag + " 会社側タスク", WorkCategory.PC);
        String taskId = driver.currentTask(dealId, director, DIRECTOR).taskId();

        TestData.actAs(TestData.unique("staff"), INTERMEDIARY);
        assertThat(inbox.count(new InboxFilter(InboxScope.GROUP, tag, null, false)))
                .isZero();
        assertThat(inbox.open(taskId)).isEmpty();
        assertThatThrownBy(() -> inbox.claim(taskId))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("task.notYours");
        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.READY, 0)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("task.notYours");
    }

    @Test
    void an_admin_has_no_inbox_at_all() {
        TestData.actAs("admin-" + tag, ADMIN);
        assertThatThrownBy(() -> inbox.count(InboxFilter.of(InboxScope.GROUP)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_task_claimed_by_a_colleague_cannot_be_completed_and_nothing_changes() {
        long dealId = data.deal(tag + " 同僚", WorkCategory.PC);
        String taskId = driver.currentTask(dealId, director, DIRECTOR).taskId();
        inbox.claim(taskId);

        String colleague = TestData.unique("dir2");
        TestData.actAs(colleague, DIRECTOR);
        long version = deals.details(dealId).orElseThrow().version();
        assertThat(inbox.open(taskId)).get().satisfies(t -> {
            assertThat(t.completable()).isFalse();
            assertThat(t.claimable()).isFalse();
        });
        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.READY, version)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("task.claimedByOther");
        assertThatThrownBy(() -> inbox.claim(taskId))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("task.claimedByOther");

        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.LEAD);
    }

    @Test
    void completing_a_task_twice_is_refused_the_second_time_without_a_second_hand_off() {
        long dealId = data.deal(tag + " 二重完了", WorkCategory.PC);
        String taskId = driver.currentTask(dealId, director, DIRECTOR).taskId();
        long version = deals.details(dealId).orElseThrow().version();
        inbox.complete(taskId, Completion.of(Outcome.READY, version));
        long newVersion = deals.details(dealId).orElseThrow().version();

        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.READY, newVersion)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("task.gone");
        assertThat(timeline.of(dealId)).hasSize(2);
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.REQUIREMENTS);
    }

    @Test
    void a_deal_changed_since_the_form_was_opened_is_not_overwritten() {
        long dealId = data.deal(tag + " 版ずれ", WorkCategory.PC);
        String taskId = driver.currentTask(dealId, director, DIRECTOR).taskId();
        long staleVersion = deals.details(dealId).orElseThrow().version() - 1;

        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.READY, staleVersion)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("deal.changed");
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void bad_decisions_are_refused_with_a_reason_and_change_nothing() {
        long dealId = data.deal(tag + " 入力不備", WorkCategory.PC);
        String taskId = driver.currentTask(dealId, director, DIRECTOR).taskId();
        long v = deals.details(dealId).orElseThrow().version();

        assertThatThrownBy(() -> inbox.complete(taskId, new Completion(null, null, null, null, v)))
                .hasMessage("task.outcome.required");
        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.ACCEPTED, v)))
                .hasMessage("task.outcome.invalid");
        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.LOST, v)))
                .hasMessage("task.lostReason.required");
        assertThatThrownBy(() -> inbox.complete(
                        taskId, new Completion(Outcome.LOST, LostReasonOption.OTHER, "x".repeat(501), null, v)))
                .hasMessage("task.lostNote.size");
        assertThatThrownBy(() -> inbox.complete(taskId, Completion.of(Outcome.NURTURE, v)))
                .hasMessage("task.nextContact.required");
        assertThatThrownBy(() -> inbox.complete(
                        taskId,
                        new Completion(
                                Outcome.NURTURE, null, null, LocalDate.now().minusDays(1), v)))
                .hasMessage("task.nextContact.future");

        assertThat(deals.details(dealId).orElseThrow().version()).isEqualTo(v);
        assertThat(timeline.of(dealId)).singleElement().satisfies(h -> assertThat(h.completedAt())
                .isNull());
    }

    @Test
    void the_inbox_pages_filters_and_sorts_in_the_engine() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(data.deal(tag + " 一括" + i, i % 3 == 0 ? WorkCategory.LIGHT : WorkCategory.PC));
        }
        // Move three deals on to requirements so the stage filter has something to tell apart.
        for (int i = 0; i < 3; i++) {
            driver.complete(ids.get(i), Outcome.READY, director, DIRECTOR);
        }
        TestData.actAs(director, DIRECTOR);
        InboxFilter all = new InboxFilter(InboxScope.GROUP, tag, null, false);

        assertThat(inbox.count(all)).isEqualTo(12);
        List<InboxTask> first = inbox.page(all, 0, 5, InboxSort.WAITING_SINCE, true);
        List<InboxTask> second = inbox.page(all, 5, 5, InboxSort.WAITING_SINCE, true);
        List<InboxTask> last = inbox.page(all, 10, 5, InboxSort.WAITING_SINCE, true);
        assertThat(first).hasSize(5);
        assertThat(second).hasSize(5);
        assertThat(last).hasSize(2);
        assertThat(first)
                .extracting(InboxTask::taskId)
                .doesNotContainAnyElementsOf(
                        second.stream().map(InboxTask::taskId).toList());
        assertThat(first.get(0).createdAt()).isBeforeOrEqualTo(last.get(1).createdAt());
        assertThat(inbox.page(all, 0, 1, InboxSort.WAITING_SINCE, false).get(0).createdAt())
                .isAfterOrEqualTo(first.get(4).createdAt());

        assertThat(inbox.count(new InboxFilter(InboxScope.GROUP, tag, DealStage.REQUIREMENTS, false)))
                .isEqualTo(3);
        assertThat(inbox.count(new InboxFilter(InboxScope.GROUP, tag, DealStage.LEAD, false)))
                .isEqualTo(9);
        assertThat(inbox.count(new InboxFilter(InboxScope.MINE, tag, null, false)))
                .isZero();
        assertThat(inbox.count(new InboxFilter(InboxScope.GROUP, tag + " 一括11", null, false)))
                .isEqualTo(1);
        assertThat(inbox.count(new InboxFilter(InboxScope.GROUP, tag, null, true)))
                .isZero();
        assertThat(inbox.count(new InboxFilter(InboxScope.GROUP, "存在しない案件" + tag, null, false)))
                .isZero();
    }
}
