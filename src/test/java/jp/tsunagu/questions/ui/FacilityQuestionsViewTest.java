package jp.tsunagu.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.assignment.OfferAnswer;
import jp.tsunagu.assignment.OfferAnswers;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.documents.ui.DocumentsPanel;
import jp.tsunagu.questions.QuestionService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A facility offered a deal reads its FAQ from the offer portal and asks; another facility finds nothing there. */
class FacilityQuestionsViewTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    OfferService offers;

    @Autowired
    OfferAnswers answers;

    @Autowired
    QuestionService questions;

    @Test
    void the_offered_facility_reads_the_faq_and_asks_and_another_facility_does_not_find_the_page() {
        long mine = data.facility(TestData.unique("町"));
        long other = data.facility(TestData.unique("町"));
        String director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
        String title = TestData.unique("FAQ案件");
        long dealId = data.dealAtAssignment(title, WorkCategory.PC);
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        long q = questions.ask(dealId, "使うソフトは？");
        offers.send(dealId, List.of(mine), LocalDate.now().plusDays(2));
        login(director, AppRoles.DIRECTOR);
        questions.answer(q, 0, "Excel のみです");

        // A real account of the facility: a question's files belong to the facility of the account that asked.
        String staff = TestData.unique("fac");
        ctx.getBean(UserDirectory.class).create(staff, "questions-pass-1", "小林 恵（ひまわり作業所）", AppRoles.FACILITY);
        ctx.getBean(UserDirectory.class).linkFacility(staff, mine);
        login(staff, AppRoles.FACILITY, AppRoles.facilityGroup(mine));
        navigate("portal/offers");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("offer-questions-link"))
                        .getHref())
                .isEqualTo("portal/deals/" + dealId + "/questions");
        navigate("portal/deals/" + dealId + "/questions");
        assertThat(_get(H2.class, spec -> spec.withId("deal-title")).getText()).isEqualTo(title);
        assertThat(_get(Div.class, spec -> spec.withId("faq")).getElement().getTextRecursively())
                .contains("Q. 使うソフトは？")
                .contains("A. Excel のみです");
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "在宅の利用者も作業できますか？");
        _click(_get(Button.class, spec -> spec.withId("ask-question")));
        NotificationsKt.expectNotifications("質問を送りました");
        assertThat(questions.askedByMe(dealId)).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withClasses("question-asker")).getText())
                .as("the facility is in the name already")
                .startsWith("小林 恵（ひまわり作業所）　")
                .doesNotContain("（事業所）");
        // Its own question takes files (a photo of the form it asks about), one click away.
        Details files = _get(Details.class, spec -> spec.withClasses("question-files"));
        assertThat(files.getSummaryText()).isEqualTo("添付ファイル");
        files.setOpened(true);
        assertThat(_get(files, DocumentsPanel.class).getElement().getTextRecursively())
                .contains("資料はまだありません。")
                .contains("貴事業所と発注側（社内・中間支援）だけが見られます");

        // Declined: the page keeps the facility's own question, says the offer ended, and offers neither FAQ nor form.
        long offer = offers.mine().stream()
                .filter(o -> o.dealId() == dealId)
                .findFirst()
                .orElseThrow()
                .id();
        answers.answer(offer, new OfferAnswer(OfferStatus.DECLINED, null, null, null, "人手が足りません"));
        navigate("portal/deals/" + dealId + "/questions");
        assertThat(_get(Paragraph.class, spec -> spec.withId("offer-closed")).getText())
                .startsWith("このオファーは辞退・期限切れ・取り下げにより終了しました");
        assertThat(LocatorJ._find(Div.class, spec -> spec.withId("faq"))).isEmpty();
        assertThat(LocatorJ._find(TextArea.class, spec -> spec.withId("question-text")))
                .isEmpty();
        assertThat(LocatorJ._find(Details.class, spec -> spec.withClasses("question-files")))
                .as("no files once the offer ended")
                .isEmpty();
        assertThat(_get(FacilityQuestionsView.class).getElement().getTextRecursively())
                .contains("在宅の利用者も作業できますか？");

        login(TestData.unique("fac2"), AppRoles.FACILITY, AppRoles.facilityGroup(other));
        navigate("portal/deals/" + dealId + "/questions");
        assertThat(_get(H2.class).getText()).isNotEqualTo(title);
    }
}
