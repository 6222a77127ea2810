package jp.tsunagu.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.crm.ActivityService;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaskViewTest extends KaribuTest {

    @Autowired
    ActivityService activities;

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    DealService deals;

    String director;
    long dealId;
    String taskId;

    @BeforeEach
    void aDealAtTheLeadStage() {
        director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
        dealId = data.deal(TestData.unique("タスク画面"), WorkCategory.PC);
        taskId = inbox.openTasksOf(dealId).get(0).taskId();
    }

    @Test
    void losing_a_deal_without_a_reason_is_refused_beside_the_field() {
        navigate("tasks/" + taskId);
        OutcomeForm form = _get(TaskView.class).form;

        _setValue(form.outcome, Outcome.LOST);
        assertThat(form.lostReason.isVisible()).isTrue();
        assertThat(form.nextContact.isVisible()).isFalse();
        _click(form.complete);

        assertThat(form.lostReason.isInvalid()).isTrue();
        assertThat(form.lostReason.getErrorMessage()).isEqualTo("失注理由を選んでください");
        assertThat(inbox.openTasksOf(dealId)).extracting(t -> t.taskId()).containsExactly(taskId);
    }

    @Test
    void nurturing_needs_a_next_contact_date_after_today() {
        navigate("tasks/" + taskId);
        OutcomeForm form = _get(TaskView.class).form;

        _setValue(form.outcome, Outcome.NURTURE);
        _click(form.complete);
        assertThat(form.nextContact.getErrorMessage()).isEqualTo("次回連絡日を入力してください");

        _setValue(form.nextContact, LocalDate.now());
        _click(form.complete);
        assertThat(form.nextContact.getErrorMessage()).isEqualTo("次回連絡日は明日以降の日付にしてください");
        assertThat(inbox.openTasksOf(dealId)).extracting(t -> t.taskId()).containsExactly(taskId);
    }

    @Test
    void completing_moves_the_deal_on_and_returns_to_the_inbox() {
        navigate("tasks/" + taskId);
        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText()).startsWith("タスク画面");
        OutcomeForm form = _get(TaskView.class).form;

        _setValue(form.outcome, Outcome.READY);
        _click(form.complete);

        _get(TaskInboxView.class);
        NotificationsKt.expectNotifications(
                "「リード・ナーチャリング」を完了しました：" + deals.details(dealId).orElseThrow().title());
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.REQUIREMENTS);
    }

    @Test
    void ctrl_enter_in_the_activity_form_records_the_activity_and_leaves_the_task_open() {
        navigate("tasks/" + taskId);
        // The outcome is chosen already: a Ctrl+Enter that reached the task's form would complete it.
        _setValue(_get(TaskView.class).form.outcome, Outcome.READY);
        _setValue(_get(TextArea.class, spec -> spec.withId("activity-summary")), "電話で月の数量を確認した");
        var activityForm = _get(FormLayout.class, spec -> spec.withClasses("activity-form"));

        ShortcutsKt._fireShortcut(activityForm, Key.ENTER, KeyModifier.CONTROL);

        NotificationsKt.expectNotifications("活動を記録しました");
        assertThat(activities.ofDeal(dealId)).extracting(a -> a.summary()).containsExactly("電話で月の数量を確認した");
        assertThat(inbox.openTasksOf(dealId)).extracting(t -> t.taskId()).containsExactly(taskId);
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.LEAD);
    }

    @Test
    void losing_with_a_reason_closes_the_deal() {
        navigate("tasks/" + taskId);
        OutcomeForm form = _get(TaskView.class).form;
        _setValue(form.outcome, Outcome.LOST);
        _setValue(form.lostReason, reasonOf(form, LostReasonOption.COMPETITOR));
        _setValue(form.lostNote, "<script>alert(1)</script> 他社に決定");
        _click(form.complete);

        var deal = deals.details(dealId).orElseThrow();
        assertThat(deal.lostReason()).isEqualTo(LostReasonOption.COMPETITOR);
        assertThat(deal.lostNote()).isEqualTo("<script>alert(1)</script> 他社に決定");
        assertThat(inbox.openTasksOf(dealId)).isEmpty();
    }

    @Test
    void a_task_a_colleague_holds_can_be_read_but_not_completed() {
        inbox.claim(taskId);
        String colleague = TestData.unique("dir2");
        login(colleague, AppRoles.DIRECTOR);

        navigate("tasks/" + taskId);

        assertThat(_get(TaskView.class).form).isNull();
        _assertNone(OutcomeForm.class);
        assertThat(_get(Paragraph.class, spec -> spec.withText(director + " さんが担当しています。完了できるのは担当者だけです。")))
                .isNotNull();
    }

    @Test
    void a_task_someone_completed_meanwhile_is_refused_with_a_message_not_completed_twice() {
        navigate("tasks/" + taskId);
        OutcomeForm form = _get(TaskView.class).form;
        _setValue(form.outcome, Outcome.READY);
        // A colleague completes the same task first.
        inbox.complete(
                taskId,
                Completion.of(Outcome.READY, deals.details(dealId).orElseThrow().version()));

        assertThatThrownBy(() -> _click(form.complete))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("task.gone");
        assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.REQUIREMENTS);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(TaskView.class);
    }

    @Test
    void an_unknown_task_says_so_instead_of_failing() {
        navigate("tasks/no-such-task");
        assertThat(_get(H2.class, spec -> spec.withId("task-gone")).getText()).isEqualTo("このタスクは見つかりません");
    }

    private static LostReasonOption reasonOf(OutcomeForm form, String code) {
        return form.lostReason
                .getListDataView()
                .getItems()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
