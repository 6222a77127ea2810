package jp.tsunagu.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.assignment.OfferRow;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.assignment.Split;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.requirements.VolumeUnit;
import jp.tsunagu.security.AppRoles;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfferPortalViewTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    OfferService offers;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    DealService deals;

    @Autowired
    RequirementsService requirements;

    @Test
    void a_facility_opens_its_offer_reads_the_job_and_what_it_pays_and_answers_with_errors_beside_the_fields() {
        long mine = data.facility(TestData.unique("町"));
        long other = data.facility(TestData.unique("町"));
        String director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
        String title = TestData.unique("ポータル案件");
        long dealId = data.dealAtAssignment(title, WorkCategory.PC);
        var sheet = new RequirementsForm();
        sheet.setDescription("アンケート用紙の手書き回答をExcelに入力する");
        sheet.setVolume(new BigDecimal("3000"));
        sheet.setVolumeUnit(VolumeUnit.PIECES_PER_MONTH);
        sheet.setUnitPrice(new BigDecimal("30"));
        sheet.setPricingBasis(PricingBasis.PER_PIECE);
        sheet.setAveragePerHour(new BigDecimal("20"));
        requirements.save(dealId, 0, sheet);
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        offers.send(dealId, List.of(mine, other), LocalDate.now().plusDays(2));

        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(mine));
        navigate("portal/offers");
        OfferPortalView list = _get(OfferPortalView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("user-role")).getText())
                .as("the facility's group is no role to show")
                .isEqualTo("事業所職員");
        assertThat(list.cards
                        .getChildren()
                        .filter(c -> c.hasClassName("offer-card"))
                        .count())
                .isEqualTo(1);
        long offerId = offers.mine().get(0).id();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("offer-open")).getHref())
                .isEqualTo("portal/offers/" + offerId);

        navigate("portal/offers/" + offerId);
        OfferPageView page = _get(OfferPageView.class);
        assertThat(_get(H2.class, spec -> spec.withId("offer-title")).getText()).isEqualTo(title);
        String job =
                _get(Div.class, spec -> spec.withId("job-sheet")).getElement().getTextRecursively();
        assertThat(job).contains("アンケート用紙の手書き回答をExcelに入力する").contains("3,000").contains("¥30");
        assertThat(_get(Div.class, spec -> spec.withId("missing-items"))
                        .getElement()
                        .getTextRecursively())
                .as("open items named")
                .contains("納期");
        assertThat(_get(Span.class, spec -> spec.withId("offer-deadline")).getText())
                .startsWith("回答期限 ");
        assertThat(LocatorJ._find(Div.class, spec -> spec.withId("offer-questions")))
                .as("questions on the same page")
                .hasSize(1);

        // Nothing chosen, then "accept" with nothing entered: every rule beside its field, in the facility's words.
        _click(page.send);
        assertThat(page.answer.isInvalid()).isTrue();
        _setValue(page.answer, OfferStatus.ACCEPTED);
        _click(page.send);
        assertThat(page.quantity.getErrorMessage()).isEqualTo("受ける数量を入れてください（1以上）");
        assertThat(page.hours.isInvalid()).isTrue();
        assertThat(page.start.getErrorMessage()).isEqualTo("開始できる日を入力してください");
        assertThat(offers.mineOne(offerId).status()).as("nothing sent").isEqualTo(OfferStatus.SENT);

        _setValue(page.quantity, 1000);
        _setValue(page.hours, 40);
        _setValue(page.start, LocalDate.now().plusDays(10));
        _click(page.send);
        NotificationsKt.expectNotifications("回答を送りました");
        assertThat(offers.mineOne(offerId).status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("offer-answered")).getText())
                .contains("1,000");

        // Another facility's offer is not found, nor is its facility page.
        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(other));
        long othersOffer = offers.mine().get(0).id();
        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(mine));
        navigate("portal/offers/" + othersOffer);
        assertThat(_get(H2.class).getText()).isEqualTo("ページが見つかりません");
        navigate("facilities/" + other);
        assertThat(_get(H2.class).getText()).isEqualTo("ページが見つかりません");
    }

    @Test
    void an_offer_that_names_the_share_is_accepted_with_one_tap() {
        long mine = data.facility(TestData.unique("町"));
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("一括案件"), WorkCategory.PC);
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        Assertions.assertThatThrownBy(
                        () -> offers.send(dealId, LocalDate.now().plusDays(2), List.of(new Split(mine, 500, null))))
                .hasMessage("offer.share.whole");
        offers.send(dealId, LocalDate.now().plusDays(2), List.of(new Split(mine, 500, 30)));
        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(mine));
        long offerId = offers.mine().get(0).id();
        navigate("portal/offers/" + offerId);
        OfferPageView page = _get(OfferPageView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("offer-share")).getText())
                .startsWith("この事業所へのお願い：500件・月30時間");
        _setValue(page.answer, OfferStatus.ACCEPTED);
        assertThat(page.quantity.isVisible()).as("nothing to type").isFalse();
        _click(page.send);
        OfferRow answered = offers.mineOne(offerId);
        assertThat(answered.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(answered.quantity()).isEqualTo(500);
        assertThat(answered.hoursPerMonth()).isEqualTo(30);
        assertThat(answered.startOn()).isNotNull();
    }

    @Test
    void declining_needs_a_reason_from_the_list_and_text_for_other() {
        long mine = data.facility(TestData.unique("町"));
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("辞退案件"), WorkCategory.PC);
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        offers.send(dealId, List.of(mine), LocalDate.now().plusDays(2));
        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(mine));
        long offerId = offers.mine().get(0).id();
        navigate("portal/offers/" + offerId);
        OfferPageView page = _get(OfferPageView.class);
        _setValue(page.answer, OfferStatus.DECLINED);
        _click(page.send);
        assertThat(page.reasonKind.getErrorMessage()).isEqualTo("辞退の理由を入力してください");
        _setValue(page.reasonKind, "other");
        _click(page.send);
        assertThat(page.reason.isInvalid()).isTrue();
        _setValue(page.reason, "設備の入れ替え中");
        _click(page.send);
        assertThat(offers.mineOne(offerId).status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(offers.mineOne(offerId).declineReason()).isEqualTo("その他：設備の入れ替え中");
    }
}
