package jp.tsunagu.crm;

import static jp.tsunagu.security.AppRoles.ADMIN;
import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.customer.ContactForm;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerForm;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.BoardColumn;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.LostReasons;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customers without duplicates, contacts that can be reached, the activity log, the board and lost reasons. */
@TsunaguTest
class DirectorSideTest {

    @Autowired
    TestData data;

    @Autowired
    CustomerService customers;

    @Autowired
    ActivityService activities;

    @Autowired
    DealService deals;

    @Autowired
    LostReasons lostReasons;

    @Autowired
    TaskInboxService inbox;

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    @Test
    void the_same_company_under_another_spelling_or_phone_is_found_before_it_is_registered_twice() {
        TestData.actAs("dir", DIRECTOR);
        String core = "つなぎ" + UUID.randomUUID().toString().substring(0, 6);
        String digits = String.valueOf(1000 + (int) (Math.random() * 8999));
        Customer first = customers.register(form("株式会社" + core, "054-555-" + digits), false);

        assertThat(customers.similar("（株）" + core, null))
                .extracting(Customer::getId)
                .contains(first.getId());
        assertThat(customers.similar(core + "　本社", null))
                .extracting(Customer::getId)
                .contains(first.getId());
        assertThat(customers.similar("全然ちがう会社" + UUID.randomUUID(), "０５４５５５" + toFullWidth(digits)))
                .extracting(Customer::getId)
                .contains(first.getId());
        assertThatThrownBy(() -> customers.register(form(core + "株式会社", null), false))
                .hasMessage("customer.duplicate");
        // Seen and confirmed as another company: registered.
        assertThat(customers.register(form(core + "株式会社", null), true).getId()).isNotEqualTo(first.getId());
    }

    @Test
    void a_contact_needs_a_way_to_reach_them_and_bad_input_is_refused() {
        TestData.actAs("dir", DIRECTOR);
        long id = data.customer();
        ContactForm nobody = new ContactForm();
        nobody.setName("連絡先なし");
        assertThatThrownBy(() -> customers.addContact(id, nobody)).hasMessage("contact.unreachable");
        ContactForm badMail = new ContactForm();
        badMail.setName("誤記");
        badMail.setEmail("not-an-address");
        assertThatThrownBy(() -> customers.addContact(id, badMail)).isInstanceOf(ConstraintViolationException.class);
        assertThat(customers.contacts(id)).isEmpty();
        ContactForm ok = new ContactForm();
        ok.setName("望月 健");
        ok.setPhone("054-111-2222");
        customers.addContact(id, ok);
        assertThat(customers.contacts(id)).singleElement().satisfies(c -> assertThat(c.phone())
                .isEqualTo("054-111-2222"));
        assertThatThrownBy(() -> customers.register(form(" ", null), true))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void an_activity_with_a_next_action_sets_the_deals_next_contact_and_nonsense_is_refused() {
        TestData.actAs("dir", DIRECTOR);
        long dealId = data.deal(TestData.unique("活動"), WorkCategory.PC);
        long customerId = deals.details(dealId).orElseThrow().customerId();
        LocalDate today = LocalDate.now();

        assertThatThrownBy(() -> activities.log(customerId, dealId, activity(today.plusDays(1), "未来", null, null)))
                .hasMessage("activity.date.future");
        assertThatThrownBy(() -> activities.log(customerId, dealId, activity(today, "電話", "見積送付", null)))
                .hasMessage("activity.nextActionOn.required");
        assertThatThrownBy(() -> activities.log(customerId, dealId, activity(today, "電話", "見積送付", today.minusDays(1))))
                .hasMessage("activity.nextActionOn.past");
        assertThatThrownBy(() -> activities.log(customerId, dealId, activity(today, " ", null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        long otherCustomer = data.customer();
        assertThatThrownBy(() -> activities.log(otherCustomer, dealId, activity(today, "電話", null, null)))
                .hasMessage("activity.dealOfOtherCustomer");
        assertThat(activities.ofDeal(dealId)).isEmpty();

        activities.log(customerId, dealId, activity(today, "初回訪問", "見積送付", today.plusDays(2)));
        activities.log(customerId, dealId, activity(today, "見積送付", "回答確認", today.plusDays(7)));
        assertThat(deals.details(dealId).orElseThrow().nextContactOn()).isEqualTo(today.plusDays(7));
        assertThat(activities.ofDeal(dealId))
                .extracting(ActivityRow::nextAction)
                .containsExactly("回答確認", "見積送付");
        assertThat(activities.ofCustomer(customerId)).hasSize(2);
    }

    @Test
    void the_board_counts_and_totals_open_deals_by_step() {
        String director = TestData.unique("board");
        TestData.actAs(director, DIRECTOR);
        data.deal(TestData.unique("リード"), WorkCategory.PC);
        long second = data.deal(TestData.unique("要件"), WorkCategory.LIGHT);
        inbox.complete(
                inbox.openTasksOf(second).get(0).taskId(), Completion.of(Outcome.READY, data.dealVersion(second)));

        var board = deals.board(director, null, 0);
        assertThat(board).extracting(BoardColumn::stage).containsExactlyElementsOf(DealStage.steps());
        BoardColumn lead = board.get(0);
        assertThat(lead.count()).isEqualTo(1);
        assertThat(board.get(1).count()).isEqualTo(1);
        assertThat(lead.monthlyTotal()).isEqualTo(lead.cards().get(0).monthlyAmount());
        assertThat(deals.board(director, WorkCategory.LIGHT, 0).get(0).count()).isZero();
        assertThat(deals.board(director, null, Long.MAX_VALUE).stream()
                        .mapToLong(BoardColumn::count)
                        .sum())
                .isZero();
    }

    @Test
    void the_admin_keeps_the_lost_reasons_and_a_reason_that_needs_a_note_gets_one() {
        TestData.actAs("admin", ADMIN);
        LostReasonOption added = lostReasons.add("社内体制の変更", "Reorganisation", true);
        assertThat(lostReasons.active()).extracting(LostReasonOption::code).contains(added.code());
        assertThatThrownBy(() -> lostReasons.add(" ", "x", false)).hasMessage("lostReason.label.required");

        TestData.actAs("dir", DIRECTOR);
        long dealId = data.deal(TestData.unique("失注"), WorkCategory.PC);
        String task = inbox.openTasksOf(dealId).get(0).taskId();
        assertThatThrownBy(() -> inbox.complete(
                        task, new Completion(Outcome.LOST, added.code(), " ", null, data.dealVersion(dealId))))
                .hasMessage("task.lostNote.required");

        TestData.actAs("admin", ADMIN);
        lostReasons.update(added.code(), "社内体制の変更", "Reorganisation", true, false);
        TestData.actAs("dir", DIRECTOR);
        assertThatThrownBy(() -> inbox.complete(
                        task, new Completion(Outcome.LOST, added.code(), "担当部署の廃止", null, data.dealVersion(dealId))))
                .hasMessage("lostReason.unknown");
        inbox.complete(
                task, new Completion(Outcome.LOST, LostReasonOption.OTHER, "担当部署の廃止", null, data.dealVersion(dealId)));
        var lost = deals.details(dealId).orElseThrow();
        assertThat(lost.lostReason()).isEqualTo(LostReasonOption.OTHER);
        assertThat(lost.stage()).isEqualTo(DealStage.LEAD);
        assertThat(lost.monthlyAmount()).isPositive();
    }

    @Test
    void owners_are_named_on_each_side_by_that_side() {
        TestData.actAs("dir", DIRECTOR);
        long dealId = data.deal(TestData.unique("担当"), WorkCategory.PC);
        long v = data.dealVersion(dealId);
        assertThatThrownBy(() -> deals.setOwners(dealId, v, "nobody", null)).hasMessage("deal.owner.director.invalid");
        TestData.actAs("staff", INTERMEDIARY);
        assertThatThrownBy(() -> deals.setOwners(dealId, v, "someone-else", null))
                .hasMessage("deal.owner.notYourSide");
    }

    private static ActivityForm activity(LocalDate on, String summary, String next, LocalDate nextOn) {
        ActivityForm f = new ActivityForm();
        f.setKind(ActivityKind.CALL);
        f.setOccurredOn(on);
        f.setSummary(summary);
        f.setNextAction(next);
        f.setNextActionOn(nextOn);
        return f;
    }

    private static CustomerForm form(String name, String phone) {
        CustomerForm f = new CustomerForm();
        f.setName(name);
        f.setPhone(phone);
        return f;
    }

    private static String toFullWidth(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append((char) (c - '0' + '０')));
        return b.toString();
    }

    @Test
    void the_second_of_two_directors_saving_the_same_customer_is_refused_and_the_first_is_kept() {
        TestData.actAs("dir", DIRECTOR);
        long id = customers.create(TestData.unique("同時編集"), "製造業", "静岡県", null).getId();
        long opened = customers.find(id).orElseThrow().getVersion();
        var first = customers.form(id).orElseThrow();
        first.setAddress("静岡市葵区1-1");
        customers.update(id, opened, first);
        var second = customers.form(id).orElseThrow();
        second.setAddress("浜松市中区2-2");
        assertThatThrownBy(() -> customers.update(id, opened, second)).hasMessage("customer.changed");
        assertThat(customers.find(id).orElseThrow().getAddress()).isEqualTo("静岡市葵区1-1");
    }
}
