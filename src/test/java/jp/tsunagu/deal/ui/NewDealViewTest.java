package jp.tsunagu.deal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.customer.CustomerOption;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealFilter;
import jp.tsunagu.deal.DealPriority;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.SlaClocks;
import jp.tsunagu.sla.SlaPolicyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

class NewDealViewTest extends KaribuTest {

    @Autowired
    DealService deals;

    @Autowired
    CustomerService customers;

    @Autowired
    SlaPolicyService policies;

    @Autowired
    SlaClocks clocks;

    String director;

    @BeforeEach
    void logIn() {
        director = TestData.unique("dir");
        login(director, AppRoles.DIRECTOR);
    }

    @Test
    void an_empty_form_says_what_is_missing_beside_each_field_and_saves_nothing() {
        int before = deals.count(new DealFilter("", null, null, null, true));
        navigate("deals/new");
        NewDealView view = _get(NewDealView.class);

        _click(view.save);

        assertThat(view.customer.isInvalid()).isTrue();
        assertThat(view.customer.getErrorMessage()).isEqualTo("顧客を選んでください");
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("案件名を入力してください");
        assertThat(view.category.getErrorMessage()).isEqualTo("作業区分を選んでください");
        assertThat(view.monthlyAmount.getErrorMessage()).startsWith("月額見込みを入力してください");
        assertThat(deals.count(new DealFilter("", null, null, null, true))).isEqualTo(before);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(NewDealView.class);
    }

    @Test
    void a_negative_amount_is_refused_beside_the_field() {
        navigate("deals/new");
        NewDealView view = _get(NewDealView.class);
        fillValidForm(view, TestData.unique("マイナス"));
        _setValue(view.monthlyAmount, -5);

        _click(view.save);

        assertThat(view.monthlyAmount.isInvalid()).isTrue();
        assertThat(view.monthlyAmount.getErrorMessage()).isEqualTo("月額見込みは 0 円以上 10 億円以下で入力してください");
        assertThat(deals.count(new DealFilter("", null, null, null, true))).isZero();
    }

    @Test
    void a_director_creates_a_deal_and_lands_on_its_page_at_the_lead_stage() {
        String title = TestData.unique("商品マスタ登録");
        navigate("deals/new");
        NewDealView view = _get(NewDealView.class);
        fillValidForm(view, title);

        _click(view.save);

        NotificationsKt.expectNotifications("案件「" + title + "」を登録しました");
        _get(DealView.class);
        assertThat(_get(H2.class, spec -> spec.withId("deal-title")).getText()).isEqualTo(title);
        assertThat(deals.page(new DealFilter(title, null, null, null, true), 0, 10, Sort.unsorted()))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.monthlyAmount()).isEqualTo(150_000);
                    assertThat(d.category()).isEqualTo(WorkCategory.PC);
                    assertThat(d.director()).isEqualTo(director);
                });
    }

    @Test
    void an_urgent_deal_shows_as_urgent_and_its_first_hand_off_runs_on_the_urgent_target() {
        String title = TestData.unique("至急の入力");
        navigate("deals/new");
        NewDealView view = _get(NewDealView.class);
        fillValidForm(view, title);
        _setValue(view.priority, DealPriority.URGENT);
        _click(view.save);

        assertThat(_get(Span.class, spec -> spec.withId("deal-urgent")).getText())
                .isEqualTo("急ぎ");
        long dealId = deals.page(new DealFilter(title, null, null, null, true), 0, 10, Sort.unsorted())
                .get(0)
                .id();
        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        var lead = policies.all().stream()
                .filter(p -> p.stage() == DealStage.LEAD && p.category() == null)
                .toList();
        int normal = lead.stream()
                .filter(p -> p.priority() == DealPriority.NORMAL)
                .findFirst()
                .orElseThrow()
                .duration();
        int urgent = lead.stream()
                .filter(p -> p.priority() == DealPriority.URGENT)
                .findFirst()
                .orElseThrow()
                .duration();
        assertThat(urgent).as("the urgent copy starts at half").isEqualTo(Math.max(1, normal / 2));
        assertThat(clocks.clocksOf(dealId)).singleElement().satisfies(c -> assertThat(c.targetMinutes())
                .isEqualTo(urgent * c.minutesPerDay()));
    }

    private void fillValidForm(NewDealView view, String title) {
        long customerId =
                customers.create(TestData.unique("顧客"), null, null, null).getId();
        CustomerOption customer = customers
                .find(customerId)
                .map(c -> new CustomerOption(c.getId(), c.getName()))
                .orElseThrow();
        _setValue(view.customer, customer);
        _setValue(view.title, title);
        _setValue(view.category, WorkCategory.PC);
        _setValue(view.monthlyAmount, 150_000);
        _setValue(view.orderType, OrderType.RECURRING);
    }
}
