package jp.tsunagu.requirements.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.questions.QuestionService;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requirements sheet as the director fills it (the wage advisor warns as the price is typed, a date that
 * contradicts another stands red beside its field and nothing is saved) and as the intermediary reads it
 * (the open items in red), and the question on the deal page that the director answers.
 */
class DirectorSideViewsTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    RequirementsService requirements;

    @Autowired
    QuestionService questions;

    @Test
    void the_director_fills_the_sheet_sees_the_floor_warning_and_the_intermediary_sees_what_is_missing() {
        String director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("シート"), WorkCategory.PC);
        navigate("deals/" + dealId);
        assertThat(text("missing-items")).contains("未確定の項目（14）");

        _click(_get(Button.class, spec -> spec.withId("edit-requirements")));
        RequirementsEditor editor = _get(RequirementsEditor.class);
        _setValue(editor.description, "かしめ作業");
        _setValue(editor.workers, 3);
        _setValue(editor.unitPrice, new BigDecimal("0.65"));
        _setValue(editor.basis, PricingBasis.PER_PIECE);
        _setValue(editor.supporterPerHour, new BigDecimal("300"));
        _setValue(editor.averagePerHour, new BigDecimal("150"));
        assertThat(text("wage-supporter")).isEqualTo("195円/時");
        Paragraph verdict = _get(editor, Paragraph.class, spec -> spec.withId("wage-verdict"));
        assertThat(verdict.getText())
                .contains("内職の最低水準（380円/時）を下回ります")
                .contains("内職の最低水準（380円/時）に届くには、単価を1.27円以上にする必要があります");
        assertThat(verdict.hasClassName("wage-warning")).isTrue();

        // A start after the due date: red beside the field, nothing saved.
        _setValue(editor.startOn, LocalDate.of(2027, 3, 1));
        _setValue(editor.deliveryDueOn, LocalDate.of(2027, 2, 1));
        _click(editor.save);
        NotificationsKt.expectNotifications("入力内容を確認してください（赤い項目）");
        assertThat(editor.deliveryDueOn.isInvalid()).isTrue();
        assertThat(editor.deliveryDueOn.getErrorMessage()).isEqualTo("作業開始日が納期より後になっています");
        assertThat(requirements.of(dealId).isNew()).isTrue();

        _setValue(editor.deliveryDueOn, LocalDate.of(2027, 4, 30));
        _click(editor.save);
        NotificationsKt.expectNotifications("要件定義シートを保存しました");
        assertThat(requirements.of(dealId).missing()).hasSize(14 - 5);

        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        Div missing = _get(Div.class, spec -> spec.withId("missing-items"));
        assertThat(missing.hasClassName("req-missing")).isTrue();
        assertThat(missing.getElement().getTextRecursively())
                .contains("未確定の項目（9）")
                .contains("作業量（不明）");
        assertThat(_find(Button.class, spec -> spec.withId("edit-requirements")))
                .isEmpty();
        assertThat(text("wage-advisor")).contains("195円/時").doesNotContain("/h").doesNotContain("{");
    }

    @Test
    void a_question_asked_by_the_intermediary_is_put_to_the_customer_then_answered_into_the_faq() {
        String director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("質問"), WorkCategory.PC);

        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        _click(_get(Button.class, spec -> spec.withId("ask-question")));
        assertThat(_get(TextArea.class, spec -> spec.withId("question-text")).getErrorMessage())
                .isEqualTo("質問を入力してください");
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "納品形式は？");
        _click(_get(Button.class, spec -> spec.withId("ask-question")));
        NotificationsKt.expectNotifications("質問を送りました");
        assertThat(text("open-questions")).contains("納品形式は？").contains("未回答");

        login(director, AppRoles.DIRECTOR);
        navigate("deals/" + dealId);
        _click(_get(Button.class, spec -> spec.withClasses("ask-customer")));
        NotificationsKt.expectNotifications("顧客確認中にしました。回答までこの案件の SLA を一時停止します");
        navigate("deals/" + dealId);
        assertThat(text("open-questions")).contains("顧客確認中").contains("SLA 一時停止中");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("answer-text")), "顧客指定の Excel です");
        _click(_get(Button.class, spec -> spec.withClasses("answer-question")));
        navigate("deals/" + dealId);
        assertThat(text("faq")).contains("Q. 納品形式は？").contains("A. 顧客指定の Excel です");
        assertThat(text("open-questions")).contains("未回答の質問はありません");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
