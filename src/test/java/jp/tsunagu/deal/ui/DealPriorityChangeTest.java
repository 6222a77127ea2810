package jp.tsunagu.deal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealPriorities;
import jp.tsunagu.deal.DealPriority;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.SlaClocks;
import jp.tsunagu.sla.SlaPolicyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** A deal that turns urgent after it was opened: the page changes it, and the next hand-off runs on the urgent target. */
class DealPriorityChangeTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    DealService deals;

    @Autowired
    DealPriorities priorities;

    @Autowired
    SlaPolicyService policies;

    @Autowired
    SlaClocks clocks;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    AuditLog audit;

    @Test
    void a_director_makes_an_open_deal_urgent_and_the_next_hand_off_runs_on_the_urgent_target() {
        String director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("途中から急ぎ"), WorkCategory.PC);
        navigate("deals/" + dealId);
        assertThat(_find(Span.class, spec -> spec.withId("deal-urgent"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("change-priority")));
        DealPriorityDialog dialog = _get(DealPriorityDialog.class);
        assertThat(dialog.priority.getValue()).isEqualTo(DealPriority.NORMAL);
        assertThat(dialog.priority.getHelperText()).contains("進行中の引き継ぎの期限は変わりません");
        _setValue(dialog.priority, DealPriority.URGENT);
        _click(dialog.save);

        NotificationsKt.expectNotifications("優先度を「急ぎ」に変更しました");
        assertThat(_get(Span.class, spec -> spec.withId("deal-urgent")).getText())
                .isEqualTo("急ぎ");
        assertThat(deals.priorityOf(dealId)).isEqualTo(DealPriority.URGENT);
        assertThat(audit.ofDeal(dealId))
                .anySatisfy(row -> assertThat(row.detail()).isEqualTo("通常 → 急ぎ"));

        var lead = clocks.clocksOf(dealId).get(0);
        assertThat(lead.targetMinutes())
                .as("the hand-off already under way keeps its target")
                .isEqualTo(target(lead.stage(), DealPriority.NORMAL) * lead.minutesPerDay());

        var task = inbox.openTasksOf(dealId).stream()
                .filter(t -> !t.isEscalation())
                .findFirst()
                .orElseThrow();
        inbox.complete(task.taskId(), Completion.of(Outcome.READY, data.dealVersion(dealId)));

        var next = clocks.clocksOf(dealId).get(1);
        assertThat(next.stage()).isNotEqualTo(DealStage.LEAD);
        int urgent = target(next.stage(), DealPriority.URGENT);
        assertThat(urgent).isLessThan(target(next.stage(), DealPriority.NORMAL));
        assertThat(next.targetMinutes()).isEqualTo(urgent * next.minutesPerDay());
    }

    @Test
    void no_choice_is_refused_beside_the_field_and_intermediary_staff_cannot_change_it() {
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("優先度なし"), WorkCategory.PC);
        navigate("deals/" + dealId);
        _click(_get(Button.class, spec -> spec.withId("change-priority")));
        DealPriorityDialog dialog = _get(DealPriorityDialog.class);
        _setValue(dialog.priority, null);
        _click(dialog.save);

        assertThat(dialog.priority.isInvalid()).isTrue();
        assertThat(dialog.priority.getErrorMessage()).isEqualTo("優先度を選んでください");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(deals.priorityOf(dealId)).isEqualTo(DealPriority.NORMAL);
        assertThatThrownBy(() -> priorities.change(dealId, null)).isInstanceOf(UserFacingException.class);

        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        assertThat(_find(Button.class, spec -> spec.withId("change-priority"))).isEmpty();
        assertThatThrownBy(() -> priorities.change(dealId, DealPriority.URGENT))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int target(DealStage stage, DealPriority priority) {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        try {
            return policies.all().stream()
                    .filter(p -> p.stage() == stage && p.category() == null && p.priority() == priority)
                    .findFirst()
                    .orElseThrow()
                    .duration();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(caller);
        }
    }
}
