package jp.tsunagu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.security.AbsenceService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A working day in the inbox: the new deal's task in its director's own inbox, follow-ups, views published to a
 * role with their counts, bulk claims where someone was quicker, a substitute working an absent colleague's task,
 * and the next task after one is done.
 */
@TsunaguTest
class InboxWorkTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    TaskInboxService inbox;

    @Autowired
    SavedFilterService views;

    @Autowired
    TaskBulkActions bulk;

    @Autowired
    AbsenceService absences;

    @Autowired
    UserDirectory users;

    @Autowired
    DealService deals;

    @Autowired
    TestData data;

    @Autowired
    TaskService engineTasks;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    String tag;

    @BeforeEach
    void setUp() {
        tag = TestData.unique("受信箱");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        TestData.logout();
    }

    /** A real account, so that the task can go to them and their absence be set. */
    private String person(String role) {
        String name = TestData.unique(role.toLowerCase());
        users.create(name, "work-pass-12", "社員 " + name.substring(name.length() - 4), role);
        return name;
    }

    private InboxFilter mine() {
        return new InboxFilter(InboxScope.MINE, tag, null, false);
    }

    @Test
    void a_new_deals_first_task_is_in_its_creators_own_inbox_not_the_groups() {
        String director = person(AppRoles.DIRECTOR);
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.deal(tag + " 名刺入力", WorkCategory.PC);

        List<InboxTask> own = inbox.page(mine(), 0, 10, InboxSort.DUE, true);
        assertThat(own).extracting(InboxTask::dealId).containsExactly(dealId);
        assertThat(own.get(0).assignee()).isEqualTo(director);
        assertThat(inbox.count(new InboxFilter(InboxScope.GROUP, tag, null, false)))
                .isZero();
    }

    @Test
    void a_follow_up_date_takes_the_task_out_of_the_list_until_that_day_and_leaves_its_due_date_alone() {
        String director = person(AppRoles.DIRECTOR);
        TestData.actAs(director, AppRoles.DIRECTOR);
        data.deal(tag + " 先の案件", WorkCategory.PC);
        long kept = data.deal(tag + " 今日の案件", WorkCategory.PC);
        InboxTask later = inbox.page(mine(), 0, 10, InboxSort.DUE, true).stream()
                .filter(t -> t.dealTitle().endsWith("先の案件"))
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(TOKYO);

        assertThatThrownBy(() -> inbox.followUp(later.taskId(), today))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("task.followUp.future");
        inbox.followUp(later.taskId(), today.plusDays(2));

        assertThat(inbox.page(mine(), 0, 10, InboxSort.DUE, true))
                .extracting(InboxTask::dealId)
                .containsExactly(kept);
        assertThat(inbox.count(mine())).isEqualTo(1);
        InboxFilter withLater = new InboxFilter(InboxScope.MINE, tag, null, false, false, true);
        assertThat(inbox.page(withLater, 0, 10, InboxSort.DUE, true))
                .hasSize(2)
                .filteredOn(t -> t.taskId().equals(later.taskId()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.followUpAt())
                            .isEqualTo(today.plusDays(2).atStartOfDay(TOKYO).toInstant());
                    assertThat(t.dueAt()).as("the SLA's due date stays").isEqualTo(later.dueAt());
                });

        // The day comes: the task is back in the list by itself.
        ClockUtil.setCurrentTime(
                Date.from(today.plusDays(2).atTime(9, 0).atZone(TOKYO).toInstant()));
        assertThat(inbox.page(mine(), 0, 10, InboxSort.DUE, true)).hasSize(2);
        assertThat(inbox.count(mine())).isEqualTo(2);
    }

    @Test
    void a_supervisor_publishes_a_view_to_the_directors_who_see_it_with_its_count() {
        String supervisor = person(AppRoles.SUPERVISOR);
        String director = person(AppRoles.DIRECTOR);
        TestData.actAs(director, AppRoles.DIRECTOR);
        data.deal(tag + " 一件目", WorkCategory.PC);
        data.deal(tag + " 二件目", WorkCategory.LIGHT);

        TestData.actAs(supervisor, AppRoles.SUPERVISOR);
        views.save("要件の確認 " + tag, new InboxFilter(InboxScope.MINE, tag, DealStage.LEAD, false), AppRoles.DIRECTOR);

        TestData.actAs(director, AppRoles.DIRECTOR);
        SavedFilterService.SavedFilter published = views.mine().stream()
                .filter(v -> v.name().equals("要件の確認 " + tag))
                .findFirst()
                .orElseThrow();
        assertThat(published.sharedRole()).isEqualTo(AppRoles.DIRECTOR);
        assertThat(published.mine()).as("only its owner deletes it").isFalse();
        assertThat(inbox.count(published.filter())).isEqualTo(2);
        assertThatThrownBy(() -> views.delete(published.id())).hasMessage("inbox.view.notYours");
        assertThatThrownBy(() -> views.save("勝手に公開", mine(), AppRoles.INTERMEDIARY))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("inbox.view.share.supervisorOnly");
        assertThatThrownBy(() -> views.save(" ", mine(), null)).hasMessage("inbox.view.name.required");

        TestData.actAs(person(AppRoles.INTERMEDIARY), AppRoles.INTERMEDIARY);
        assertThat(views.mine()).noneMatch(v -> v.name().equals("要件の確認 " + tag));
    }

    @Test
    void a_bulk_claim_claims_the_free_tasks_and_names_who_took_the_other_meanwhile() {
        // Deals of a director without an account stay in the group's inbox.
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        data.deal(tag + " A", WorkCategory.PC);
        data.deal(tag + " B", WorkCategory.PC);
        data.deal(tag + " C", WorkCategory.PC);
        String me = person(AppRoles.DIRECTOR);
        String quicker = person(AppRoles.DIRECTOR);
        TestData.actAs(me, AppRoles.DIRECTOR);
        List<InboxTask> seen =
                inbox.page(new InboxFilter(InboxScope.GROUP, tag, null, false), 0, 10, InboxSort.DUE, true);
        assertThat(seen).hasSize(3);

        TestData.actAs(quicker, AppRoles.DIRECTOR);
        inbox.claim(seen.get(1).taskId());

        TestData.actAs(me, AppRoles.DIRECTOR);
        List<TaskBulkActions.BulkResult> results =
                bulk.claimAll(seen.stream().map(InboxTask::taskId).toList());
        assertThat(results).extracting(TaskBulkActions.BulkResult::done).containsExactly(true, false, true);
        assertThat(results.get(1).messageKey()).isEqualTo("task.claimedByOther");
        assertThat(results.get(1).params()).containsExactly(users.displayName(quicker));
        assertThat(results.get(1).dealTitle()).isEqualTo(seen.get(1).dealTitle());
        assertThat(inbox.page(mine(), 0, 10, InboxSort.DUE, true))
                .extracting(InboxTask::taskId)
                .containsExactlyInAnyOrder(seen.get(0).taskId(), seen.get(2).taskId());

        List<TaskBulkActions.BulkResult> released =
                bulk.releaseAll(List.of(seen.get(0).taskId(), seen.get(1).taskId()));
        assertThat(released).extracting(TaskBulkActions.BulkResult::done).containsExactly(true, false);
        assertThat(released.get(1).messageKey()).isEqualTo("task.notYours");
    }

    @Test
    void a_substitute_sees_and_completes_the_absent_directors_task_and_gets_their_notices() {
        String away = person(AppRoles.DIRECTOR);
        String substitute = person(AppRoles.DIRECTOR);
        TestData.actAs(away, AppRoles.DIRECTOR);
        long dealId = data.deal(tag + " 留守中の案件", WorkCategory.PC);
        LocalDate today = LocalDate.now(TOKYO);
        assertThatThrownBy(() -> absences.setMine(away, today, today)).hasMessage("absence.substitute.self");
        assertThatThrownBy(() -> absences.setMine(substitute, today, today.minusDays(1)))
                .hasMessage("absence.lastDay.beforeFirst");
        absences.setMine(substitute, today, today.plusDays(4));

        TestData.actAs(substitute, AppRoles.DIRECTOR);
        List<InboxTask> covered = inbox.page(mine(), 0, 10, InboxSort.DUE, true);
        assertThat(covered).singleElement().satisfies(t -> {
            assertThat(t.dealId()).isEqualTo(dealId);
            assertThat(t.assignee()).isEqualTo(away);
            assertThat(t.assigneeName()).isEqualTo(users.displayName(away));
        });
        assertThat(inbox.count(mine())).isEqualTo(1);
        assertThat(inbox.open(covered.get(0).taskId()).orElseThrow().completable())
                .isTrue();

        int before = noticesOf(substitute);
        notifications.notify(away, "QUESTION", dealId, "notice.question.asked", "留守中の案件", "数量は？");
        assertThat(noticesOf(substitute))
                .as("the absent person's notice reaches the substitute")
                .isEqualTo(before + 1);

        inbox.complete(covered.get(0).taskId(), Completion.of(Outcome.READY, data.dealVersion(dealId)));
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.REQUIREMENTS);

        // Once the absence ends, the absent person's tasks leave the substitute's inbox.
        TestData.actAs(away, AppRoles.DIRECTOR);
        absences.clearMine();
        TestData.actAs(substitute, AppRoles.DIRECTOR);
        assertThat(inbox.count(mine())).isZero();
    }

    @Test
    void a_supervisor_reassigns_to_someone_whose_role_does_the_task_and_is_refused_otherwise() {
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        data.deal(tag + " 担当替え", WorkCategory.PC);
        String director = person(AppRoles.DIRECTOR);
        String staff = person(AppRoles.INTERMEDIARY);
        TestData.actAs(person(AppRoles.SUPERVISOR), AppRoles.SUPERVISOR);
        InboxFilter all = new InboxFilter(InboxScope.ALL, tag, null, false);
        String taskId = inbox.page(all, 0, 10, InboxSort.DUE, true).get(0).taskId();

        List<TaskBulkActions.BulkResult> wrong = bulk.reassignAll(List.of(taskId), staff);
        assertThat(wrong.get(0).done()).isFalse();
        assertThat(wrong.get(0).messageKey()).isEqualTo("task.reassign.wrongRole");
        assertThat(bulk.reassignAll(List.of(taskId), director).get(0).done()).isTrue();
        assertThat(inbox.page(all, 0, 10, InboxSort.DUE, true).get(0).assignee())
                .isEqualTo(director);

        TestData.actAs(director, AppRoles.DIRECTOR);
        assertThatThrownBy(() -> bulk.reassignAll(List.of(taskId), director)).isInstanceOf(AccessDeniedException.class);
        assertThat(inbox.count(new InboxFilter(InboxScope.ALL, tag, null, false)))
                .as("everyone's tab is the supervisor's")
                .isZero();
    }

    @Test
    void after_completing_a_task_the_next_one_of_the_same_view_is_offered() {
        String director = person(AppRoles.DIRECTOR);
        TestData.actAs(director, AppRoles.DIRECTOR);
        long first = data.deal(tag + " 1", WorkCategory.PC);
        long second = data.deal(tag + " 2", WorkCategory.PC);
        List<InboxTask> tasks = inbox.page(mine(), 0, 10, InboxSort.DUE, true);
        InboxTask done =
                tasks.stream().filter(t -> t.dealId() == first).findFirst().orElseThrow();

        inbox.complete(done.taskId(), Completion.of(Outcome.READY, data.dealVersion(first)));

        String next = inbox.next(new InboxFilter(InboxScope.MINE, tag + " 2", null, false), done.taskId())
                .orElseThrow();
        assertThat(inbox.open(next).orElseThrow().deal().id()).isEqualTo(second);
    }

    private int noticesOf(String username) {
        Integer n =
                jdbc.queryForObject("select count(*) from notification where recipient = ?", Integer.class, username);
        return n == null ? 0 : n;
    }
}
