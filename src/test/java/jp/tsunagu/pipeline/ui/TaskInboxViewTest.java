package jp.tsunagu.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.LitCells;
import jp.tsunagu.TestData;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.SavedFilterService;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AbsenceService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.MyAccount;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaskInboxViewTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    SavedFilterService savedFilters;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    UserDirectory users;

    @Autowired
    AbsenceService absences;

    @Autowired
    MyAccount accounts;

    String director;
    String tag;

    @BeforeEach
    void logIn() {
        director = TestData.unique("dir");
        tag = TestData.unique("受信箱");
        login(director, AppRoles.DIRECTOR);
    }

    @Test
    void a_director_claims_a_group_task_and_it_opens_at_once() {
        data.deal(tag + " データ入力", WorkCategory.PC);
        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        assertThat(view.mineTab.getLabel()).isEqualTo("自分のタスク（0）");

        view.tabs.setSelectedTab(view.groupTab);
        _setValue(view.search, tag);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        InboxTask row = GridKt._get(view.grid, 0);
        assertThat(row.dealTitle()).isEqualTo(tag + " データ入力");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("PC作業");

        assertThat(LitCells.template(view.grid, "actions")).contains(">引き受けて開く</vaadin-button>");
        assertThat(LitCells.value(view.grid, 0, "actions", "claimable")).isEqualTo(true);
        LitCells.call(view.grid, 0, "actions", "claimAndOpen");

        NotificationsKt.expectNotifications("「" + tag + " データ入力」を引き受けました");
        TaskView task = _get(TaskView.class);
        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText()).isEqualTo(tag + " データ入力");
        assertThat(task.form).as("claimed: the form to complete it is there").isNotNull();
    }

    @Test
    void a_view_published_to_directors_shows_in_their_inbox_with_its_count_and_applies_its_filter() {
        String creator = person(AppRoles.DIRECTOR);
        login(creator, AppRoles.DIRECTOR);
        data.deal(tag + " 一件目", WorkCategory.PC);
        data.deal(tag + " 二件目", WorkCategory.PC);
        login(person(AppRoles.SUPERVISOR), AppRoles.SUPERVISOR);
        savedFilters.save(
                "今週の名刺 " + tag.substring(tag.length() - 4),
                new InboxFilter(InboxScope.MINE, tag, null, false),
                AppRoles.DIRECTOR);

        login(creator, AppRoles.DIRECTOR);
        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        Button published = _get(
                view.views, Button.class, spec -> spec.withText("今週の名刺 " + tag.substring(tag.length() - 4) + "（2）"));
        assertThat(_find(view.views, Button.class, spec -> spec.withText("期限超過（0）")))
                .hasSize(1);

        _click(published);
        assertThat(view.search.getValue()).isEqualTo(tag);
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.mineTab);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    @Test
    void a_bulk_claim_reports_the_task_someone_else_took_meanwhile_and_claims_the_rest() {
        data.deal(tag + " A", WorkCategory.PC);
        data.deal(tag + " B", WorkCategory.PC);
        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        view.tabs.setSelectedTab(view.groupTab);
        _setValue(view.search, tag);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        InboxTask taken = GridKt._get(view.grid, 1);
        view.grid.asMultiSelect().select(GridKt._get(view.grid, 0), taken);
        assertThat(view.bulkBar.isVisible()).isTrue();
        assertThat(view.selectedCount.getText()).isEqualTo("2件を選択中");

        String quicker = person(AppRoles.DIRECTOR);
        TestData.actAs(quicker, AppRoles.DIRECTOR);
        inbox.claim(taken.taskId());
        login(director, AppRoles.DIRECTOR);

        _click(view.claimSelected);
        assertThat(view.results.getHeaderTitle()).isEqualTo("2件中1件を処理しました");
        assertThat(_find(view.results, Span.class, spec -> spec.withClasses("bulk-refused")))
                .extracting(Span::getText)
                .containsExactly("✗ " + taken.dealTitle() + "：このタスクは " + users.displayName(quicker) + " さんが引き受けています");
        assertThat(_find(view.results, Span.class, spec -> spec.withClasses("bulk-done")))
                .hasSize(1);
        assertThat(view.mineTab.getLabel()).isEqualTo("自分のタスク（1）");
    }

    @Test
    void a_follow_up_date_hides_the_task_until_then_and_later_tasks_can_be_shown_with_their_date() {
        String me = person(AppRoles.DIRECTOR);
        login(me, AppRoles.DIRECTOR);
        long dealId = data.deal(tag + " 来週見る案件", WorkCategory.PC);
        String taskId = inbox.openTasksOf(dealId).get(0).taskId();
        LocalDate on = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(3);
        navigate("tasks/" + taskId);
        DatePicker followUp = _get(DatePicker.class, spec -> spec.withId("follow-up"));
        _setValue(followUp, LocalDate.now(ZoneId.of("Asia/Tokyo")));
        _click(_get(Button.class, spec -> spec.withId("follow-up-set")));
        assertThat(followUp.getErrorMessage()).isEqualTo("次に見る日は明日以降の日付にしてください");
        _setValue(followUp, on);
        _click(_get(Button.class, spec -> spec.withId("follow-up-set")));
        NotificationsKt.expectNotifications("次に見る日を" + Formats.date(on) + "にしました");

        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        _setValue(view.search, tag);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.mineTab.getLabel()).isEqualTo("自分のタスク（0）");
        _setValue(view.includeLater, true);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(LitCells.value(view.grid, 0, "deal", "remarks").toString()).contains("次に見る日 " + Formats.date(on));
    }

    @Test
    void a_substitute_sees_the_absent_colleagues_task_marked_as_theirs() {
        String away = person(AppRoles.DIRECTOR);
        String substitute = person(AppRoles.DIRECTOR);
        login(away, AppRoles.DIRECTOR);
        data.deal(tag + " 留守中", WorkCategory.PC);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        absences.setMine(substitute, today, today.plusDays(2));

        login(substitute, AppRoles.DIRECTOR);
        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        _setValue(view.search, tag);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(LitCells.value(view.grid, 0, "deal", "remarks").toString())
                .contains(users.displayName(away) + "さんの担当");
    }

    @Test
    void completing_a_task_opens_the_next_one_of_the_same_view() {
        String me = person(AppRoles.DIRECTOR);
        login(me, AppRoles.DIRECTOR);
        data.deal(tag + " 1", WorkCategory.PC);
        data.deal(tag + " 2", WorkCategory.PC);
        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        _setValue(view.search, tag);
        assertThat(view.openNext.getValue()).isTrue();
        InboxTask first = GridKt._get(view.grid, 0);
        InboxTask second = GridKt._get(view.grid, 1);
        navigate("tasks/" + first.taskId());
        OutcomeForm form = _get(TaskView.class).form;
        _setValue(form.outcome, Outcome.READY);
        _click(form.complete);

        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText()).isEqualTo(second.dealTitle());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tasks/" + second.taskId());

        // Turned off, completing goes back to the list.
        navigate("tasks");
        _setValue(_get(TaskInboxView.class).openNext, false);
        assertThat(accounts.opensNextTask()).as("kept as the person's setting").isFalse();
        navigate("tasks/" + second.taskId());
        form = _get(TaskView.class).form;
        _setValue(form.outcome, Outcome.READY);
        _click(form.complete);
        _get(TaskInboxView.class);
    }

    private String person(String role) {
        String name = TestData.unique(role.toLowerCase());
        users.create(name, "work-pass-12", "職員 " + name.substring(name.length() - 4), role);
        return name;
    }

    @Test
    void a_search_that_matches_nothing_shows_an_empty_inbox_not_an_error() {
        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        _setValue(view.search, "該当なし" + tag);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("表示するタスクはありません。");
    }
}
