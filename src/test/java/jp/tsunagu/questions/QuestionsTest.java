package jp.tsunagu.questions;

import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.assignment.OfferAnswer;
import jp.tsunagu.assignment.OfferAnswers;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.facility.FacilityForm;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.FacilityType;
import jp.tsunagu.facility.SurveyForm;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.SlaClocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The intermediary asks, the director puts it to the customer (the deal's SLA pauses) and answers later
 * (it runs again); the answer is the FAQ every facility offered the deal reads. Others are kept out.
 */
@TsunaguTest
class QuestionsTest {

    @Autowired
    TestData data;

    @Autowired
    QuestionService questions;

    @Autowired
    SlaClocks clocks;

    @Autowired
    OfferService offers;

    @Autowired
    OfferAnswers answers;

    @Autowired
    FacilityService facilities;

    @Autowired
    NotificationService notifications;

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    @Test
    void asked_put_to_the_customer_answered_and_in_the_faq() {
        String director = TestData.unique("dir");
        TestData.actAs(director, DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("質問"), WorkCategory.PC);

        TestData.actAs("staff", INTERMEDIARY);
        long q = questions.ask(dealId, "  納品形式は指定がありますか？ ");
        assertThat(questions.of(dealId)).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("納品形式は指定がありますか？");
            assertThat(r.state()).isEqualTo(QuestionState.OPEN);
        });

        TestData.actAs(director, DIRECTOR);
        assertThat(notifications.page(0, 10, Locale.JAPANESE)).isNotEmpty();
        assertThat(questions.askCustomer(q, 0)).isTrue();
        assertThat(clocks.clocksOf(dealId))
                .filteredOn(c -> c.stoppedAt() == null)
                .extracting(SlaClocks.ClockView::state)
                .containsOnly(SlaState.PAUSED);
        assertThat(questions.faq(dealId)).isEmpty();

        questions.answer(q, 1, "顧客指定の Excel テンプレートです");
        assertThat(clocks.clocksOf(dealId))
                .filteredOn(c -> c.stoppedAt() == null)
                .extracting(SlaClocks.ClockView::state)
                .doesNotContain(SlaState.PAUSED);
        assertThat(questions.faq(dealId)).singleElement().satisfies(r -> {
            assertThat(r.answer()).isEqualTo("顧客指定の Excel テンプレートです");
            assertThat(r.state()).isEqualTo(QuestionState.ANSWERED);
        });
        assertThatThrownBy(() -> questions.answer(q, 2, "二度目")).hasMessage("question.alreadyAnswered");
    }

    @Test
    void a_second_question_to_the_customer_keeps_the_clock_paused_until_both_are_answered() {
        String director = TestData.unique("dir");
        TestData.actAs(director, DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("質問2"), WorkCategory.PC);
        TestData.actAs("staff", INTERMEDIARY);
        long a = questions.ask(dealId, "作業開始日は？");
        long b = questions.ask(dealId, "件数は？");
        TestData.actAs(director, DIRECTOR);
        assertThat(questions.askCustomer(a, 0)).isTrue();
        assertThat(questions.askCustomer(b, 0)).isFalse();
        questions.answer(a, 1, "12月1日");
        assertThat(clocks.clocksOf(dealId))
                .filteredOn(c -> c.stoppedAt() == null)
                .extracting(SlaClocks.ClockView::state)
                .containsOnly(SlaState.PAUSED);
        questions.answer(b, 1, "月3,000件");
        assertThat(clocks.clocksOf(dealId))
                .filteredOn(c -> c.stoppedAt() == null)
                .extracting(SlaClocks.ClockView::state)
                .doesNotContain(SlaState.PAUSED);
    }

    @Test
    void empty_questions_strangers_other_directors_and_the_intermediary_answering_are_refused() {
        TestData.actAs("dir", DIRECTOR);
        long dealId = data.deal(TestData.unique("質問3"), WorkCategory.PC);
        TestData.actAs("staff", INTERMEDIARY);
        assertThatThrownBy(() -> questions.ask(dealId, "   ")).hasMessage("question.text.required");
        assertThatThrownBy(() -> questions.ask(dealId, "あ".repeat(2001))).hasMessage("question.text.size");
        long q = questions.ask(dealId, "質問です");
        assertThatThrownBy(() -> questions.answer(q, 0, "自分で答える")).isInstanceOf(AccessDeniedException.class);
        TestData.actAs("dir", DIRECTOR);
        assertThatThrownBy(() -> questions.answer(q, 0, " ")).hasMessage("question.answer.required");
        // Another director's deal: neither answered nor put to the customer by them.
        TestData.actAs(TestData.unique("other-dir"), DIRECTOR);
        assertThatThrownBy(() -> questions.answer(q, 0, "代わりに答える")).hasMessage("question.notYourDeal");
        assertThatThrownBy(() -> questions.askCustomer(q, 0)).hasMessage("question.notYourDeal");
        assertThat(questions.of(dealId)).singleElement().satisfies(r -> assertThat(r.state())
                .isEqualTo(QuestionState.OPEN));
        TestData.actAs("sv", AppRoles.SUPERVISOR);
        questions.answer(q, 0, "監督者が回答");
        assertThat(questions.of(dealId)).singleElement().satisfies(r -> assertThat(r.state())
                .isEqualTo(QuestionState.ANSWERED));

        // A facility not offered the deal neither reads its FAQ nor asks.
        long stranger = facility();
        TestData.actAs("fac", AppRoles.FACILITY, AppRoles.facilityGroup(stranger));
        assertThatThrownBy(() -> questions.faq(dealId)).hasMessage("question.notOnDeal");
        assertThatThrownBy(() -> questions.ask(dealId, "見せて")).hasMessage("question.notOnDeal");
    }

    @Test
    void a_facility_offered_the_deal_reads_the_faq_and_asks() {
        TestData.actAs("dir", DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("質問4"), WorkCategory.PC);
        TestData.actAs("staff", INTERMEDIARY);
        long first = questions.ask(dealId, "使用するソフトは？");
        TestData.actAs("dir", DIRECTOR);
        questions.answer(first, 0, "Excel のみです");
        long facility = facility();
        TestData.actAs("staff", INTERMEDIARY);
        offers.send(dealId, List.of(facility), LocalDate.now().plusDays(3));

        TestData.actAs("fac", AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        assertThat(questions.faq(dealId)).extracting(QuestionRow::answer).containsExactly("Excel のみです");
        questions.ask(dealId, "在宅の利用者も作業できますか？");
        assertThat(questions.askedByMe(dealId)).singleElement().satisfies(r -> assertThat(r.askedParty())
                .isEqualTo(Party.FACILITY));
    }

    @Test
    void a_facility_reads_another_facility_s_question_without_its_asker_and_loses_the_faq_with_its_offer() {
        TestData.actAs("dir", DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("質問5"), WorkCategory.PC);
        long himawari = facility();
        long aoi = facility();
        TestData.actAs("staff", INTERMEDIARY);
        offers.send(dealId, List.of(himawari, aoi), LocalDate.now().plusDays(3));
        TestData.actAs("kobayashi", AppRoles.FACILITY, AppRoles.facilityGroup(himawari));
        long asked = questions.ask(dealId, "納品はCSVでよいですか？");
        assertThat(questions.askedByMe(dealId)).singleElement().satisfies(r -> assertThat(r.askedBy())
                .isEqualTo("kobayashi"));
        TestData.actAs("dir", DIRECTOR);
        questions.answer(asked, 0, "CSV で結構です");
        assertThat(questions.faq(dealId)).singleElement().satisfies(r -> assertThat(r.askedBy())
                .isEqualTo("kobayashi"));

        // The other facility reads the answer, not who asked it.
        TestData.actAs("nakamura", AppRoles.FACILITY, AppRoles.facilityGroup(aoi));
        assertThat(questions.faq(dealId)).singleElement().satisfies(r -> {
            assertThat(r.answer()).isEqualTo("CSV で結構です");
            assertThat(r.askedBy()).isNull();
        });
        long mine = questions.ask(dealId, "土曜日も作業できますか？");

        // Declined: the FAQ and asking close; its own questions stay readable.
        long offer = offers.mine().stream()
                .filter(o -> o.dealId() == dealId)
                .findFirst()
                .orElseThrow()
                .id();
        answers.answer(offer, new OfferAnswer(OfferStatus.DECLINED, null, null, null, "人手が足りません"));
        assertThatThrownBy(() -> questions.faq(dealId)).hasMessage("question.notOnDeal");
        assertThatThrownBy(() -> questions.ask(dealId, "もう一つ")).hasMessage("question.notOnDeal");
        assertThat(questions.askedByMe(dealId)).extracting(QuestionRow::id).containsExactly(mine);
    }

    private long facility() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        TestData.actAs("staff", INTERMEDIARY);
        FacilityForm form = new FacilityForm();
        form.setName(TestData.unique("質問先"));
        form.setType(FacilityType.B);
        long id = facilities.register(form).getId();
        SurveyForm s = new SurveyForm();
        s.setAcceptsPc(true);
        s.setPcWorkers(5);
        s.setMonthlyCapacityHours(500);
        s.setEarliestStart(LocalDate.of(2020, 1, 1));
        facilities.answerSurvey(id, s);
        SecurityContextHolder.getContext().setAuthentication(auth);
        return id;
    }
}
