package jp.tsunagu.sla.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.AgreementKind;
import jp.tsunagu.sla.PauseReasons;
import jp.tsunagu.sla.SlaClocks;
import jp.tsunagu.sla.SlaHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SLA screens as their users meet them, without a browser. */
class SlaViewsTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    SlaClocks clocks;

    @Autowired
    PauseReasons reasons;

    @Test
    void a_director_stops_the_clock_while_waiting_for_the_customer_and_starts_it_again() {
        String director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("顧客待ち"), WorkCategory.PC);
        navigate("deals/" + dealId);

        _click(_get(Button.class, spec -> spec.withId("sla-pause")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(Button.class, spec -> spec.withId("sla-pause-confirm")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PauseReasons.Reason> why = _get(RadioButtonGroup.class, spec -> spec.withId("sla-pause-why"));
        assertThat(why.getErrorMessage()).isEqualTo("止める理由を選んでください");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(why.getItemLabelGenerator().apply(why.getListDataView().getItem(0)))
                .isEqualTo("顧客の回答待ち（顧客の待ちとして集計）");

        _setValue(
                why,
                why.getListDataView()
                        .getItems()
                        .filter(r -> r.code().equals("OTHER"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("sla-pause-confirm")));
        TextField reason = _get(TextField.class, spec -> spec.withId("sla-pause-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("内容を入力してください");
        _setValue(reason, "発注数量を顧客に確認中");
        _click(_get(Button.class, spec -> spec.withId("sla-pause-confirm")));
        NotificationsKt.expectNotifications("SLAの時計を止めました");
        assertThat(clocks.clocksOf(dealId)).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(SlaState.PAUSED);
            assertThat(c.pauses()).singleElement().satisfies(p -> assertThat(p.reason())
                    .isEqualTo("発注数量を顧客に確認中"));
        });

        navigate("deals/" + dealId);
        _click(_get(Button.class, spec -> spec.withId("sla-resume")));
        NotificationsKt.expectNotifications("SLAの時計を再開しました。期限を計算し直しました");
        navigate("deals/" + dealId);
        assertThat(_get(Div.class, spec -> spec.withId("sla-timelines"))
                        .getElement()
                        .getTextRecursively())
                .as("the hand-off's timeline, in order")
                .containsSubsequence("開始", "時計を止めた：発注数量を顧客に確認中（", "時計を再開した", "期限");
        assertThat(clocks.clocksOf(dealId)).singleElement().satisfies(c -> assertThat(c.state())
                .isEqualTo(SlaState.RUNNING));
    }

    @Test
    void the_monitor_shows_its_cards_trend_and_lists_to_a_supervisor() {
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        data.deal(TestData.unique("監視用"), WorkCategory.LIGHT);
        login(TestData.unique("sv"), AppRoles.SUPERVISOR);
        navigate("sla");
        SlaMonitorView view = _get(SlaMonitorView.class);

        assertThat(view.cards.getChildren().map(c -> ((Div) c).getElement().getText()))
                .isNotEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("card-assignment-pc"))
                        .getElement()
                        .getTextRecursively())
                .contains("事業所アサイン（PC作業）")
                .contains("参考：自社 1〜3営業日・モデル事業 5〜20営業日");
        assertThat(view.trend.getConfig()).contains("PC作業（中央値）").contains("期限内完了率（全引き継ぎ）");
        assertThat(view.asOf.getText()).startsWith("件数は ");
        // The lead times by kind of agreement: toward the customer only.
        _setValue(view.leadTimes.kind, AgreementKind.SLA);
        assertThat(GridKt._findAll(view.leadTimes.grid))
                .extracting(SlaHistory.LeadTime::stage)
                .allMatch(st -> st == DealStage.LEAD || st == DealStage.REQUIREMENTS);

        _setValue(view.to, LocalDate.of(2026, 1, 1));
        _setValue(view.from, LocalDate.of(2026, 2, 1));
        _click(_get(Button.class, spec -> spec.withId("sla-refresh")));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("終了日は開始日以降にしてください");
    }

    @Test
    void an_admin_cannot_save_a_policy_with_a_zero_limit_or_thresholds_out_of_order() {
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/sla-policies");
        SlaPolicyView view = _get(SlaPolicyView.class);
        var before = GridKt._get(view.grid, 0);
        view.edit(before);

        _setValue(_get(IntegerField.class, spec -> spec.withId("policy-duration")), 0);
        _click(_get(Button.class, spec -> spec.withId("policy-save")));
        IntegerField duration = _get(IntegerField.class, spec -> spec.withId("policy-duration"));
        assertThat(duration.isInvalid()).isTrue();
        assertThat(duration.getErrorMessage()).isEqualTo("期限は1以上で入力してください");

        _setValue(_get(IntegerField.class, spec -> spec.withId("policy-duration")), 4);
        _setValue(_get(IntegerField.class, spec -> spec.withId("policy-warn")), 90);
        _click(_get(Button.class, spec -> spec.withId("policy-save")));
        IntegerField warn = _get(IntegerField.class, spec -> spec.withId("policy-warn"));
        assertThat(warn.getErrorMessage()).isEqualTo("注意の割合は警告の割合より小さくしてください");
        assertThat(warn.isInvalid()).isTrue();
        assertThat(duration.isInvalid())
                .as("the corrected field is clear again")
                .isFalse();
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(GridKt._get(view.grid, 0)).isEqualTo(before);
    }

    @Test
    void an_admin_adds_a_closing_and_an_overlapping_one_is_refused() {
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/calendars");
        CalendarView view = _get(CalendarView.class);
        _setValue(view.party, Party.INTERMEDIARY);
        int rows = GridKt._size(view.closings);
        LocalDate first = LocalDate.of(2031, 8, 13).plusDays(rows * 40L);
        _setValue(view.first, first);
        _setValue(view.last, first.plusDays(3));
        _setValue(view.note, "夏季休業");
        _click(_get(Button.class, spec -> spec.withId("add-closing")));
        NotificationsKt.expectNotifications("休業日を追加しました");
        assertThat(GridKt._size(view.closings)).isEqualTo(rows + 1);

        _setValue(view.first, first.plusDays(2));
        _setValue(view.last, first.plusDays(5));
        _setValue(view.note, "重複");
        _click(_get(Button.class, spec -> spec.withId("add-closing")));
        assertThat(view.first.isInvalid()).as("beside the first day").isTrue();
        assertThat(view.first.getErrorMessage())
                .isEqualTo(TsunaguI18NProvider.translate("calendar.closing.overlap", TsunaguI18NProvider.JAPANESE));
        assertThat(view.note.getValue()).as("what was typed stays").isEqualTo("重複");
        assertThat(GridKt._size(view.closings)).isEqualTo(rows + 1);
    }

    @Test
    void business_hours_that_end_before_they_start_are_refused_beside_the_end() {
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/calendars");
        CalendarView view = _get(CalendarView.class);
        _setValue(view.party, Party.INTERMEDIARY);
        _setValue(view.start, LocalTime.of(17, 0));
        _setValue(view.end, LocalTime.of(9, 0));
        _click(_get(Button.class, spec -> spec.withId("save-hours")));
        assertThat(view.end.isInvalid()).isTrue();
        assertThat(view.end.getErrorMessage()).isEqualTo("終業は始業より後の時刻にしてください");
        assertThat(view.start.getValue()).as("what was typed stays").isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void an_admin_adds_a_pause_reason_charged_to_a_party_and_one_without_a_party_is_refused_beside_it() {
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/pause-reasons");
        PauseReasonsView view = _get(PauseReasonsView.class);
        int before = GridKt._size(view.grid);
        String name = TestData.unique("検収の返事待ち");
        _setValue(view.labelJa, name);
        _setValue(view.labelEn, "Waiting for acceptance");
        _click(view.add);
        assertThat(view.chargedTo.getErrorMessage()).isEqualTo("どの当事者の待ちかを選んでください");
        assertThat(view.labelJa.getValue()).as("what was typed stays").isEqualTo(name);

        _setValue(view.chargedTo, "CUSTOMER");
        _click(view.add);
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        assertThat(reasons.all()).anySatisfy(r -> {
            assertThat(r.labelJa()).isEqualTo(name);
            assertThat(r.chargedTo()).isEqualTo("CUSTOMER");
        });
    }
}
