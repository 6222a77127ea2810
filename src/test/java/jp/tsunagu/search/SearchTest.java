package jp.tsunagu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerForm;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The header's search as people type Japanese: a customer registered as 株式会社みらい商事 is found by みらい, ミライ,
 * ﾐﾗｲ and (株)みらい; two-character words match; customers sort by their reading; a facility finds only its own deals.
 */
@TsunaguTest
class SearchTest {

    @Autowired
    SearchService search;

    @Autowired
    CustomerService customers;

    @Autowired
    DealService deals;

    @Autowired
    OfferService offers;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    /** Letters no other test writes, so that each search finds this test's rows only. */
    String mark;

    @BeforeEach
    void setUp() {
        // Katakana from a random number: searchable text that differs per run (digits alone would do too, but the
        // point is kana).
        StringBuilder kana = new StringBuilder();
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            kana.append((char) ('ァ' + 2 * Character.digit(c, 16)));
        }
        mark = kana.toString();
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
    }

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    private Customer customer(String name, String kana) {
        CustomerForm form = new CustomerForm();
        form.setName(name);
        form.setKana(kana);
        return customers.register(form, true);
    }

    private long deal(long customerId, String title) {
        NewDeal form = new NewDeal();
        form.setCustomerId(customerId);
        form.setTitle(title);
        form.setCategory(WorkCategory.PC);
        form.setOrderType(OrderType.ONE_OFF);
        form.setMonthlyAmount(50_000L);
        return deals.create(form);
    }

    private List<SearchHit> find(String words, SearchKind kind) {
        return search.search(words).stream().filter(h -> h.kind() == kind).toList();
    }

    @Test
    void a_customer_is_found_however_its_name_is_typed() {
        Customer mirai = customer("株式会社みらい商事" + mark, "ミライショウジ" + mark);

        for (String typed : List.of("みらい", "ミライ", "ﾐﾗｲ", "(株)みらい", "㈱ミライ", "（株）　みらい")) {
            assertThat(find(typed, SearchKind.CUSTOMER))
                    .as(typed)
                    .extracting(SearchHit::title)
                    .contains("株式会社みらい商事" + mark);
        }
        for (String typed : List.of("ミライ商事", "ﾐﾗｲ商事", "(株)みらい商事", "株式会社 ミライ 商事", "ｶﾌﾞｼｷｶﾞｲｼｬ")) {
            if (typed.startsWith("ｶﾌﾞ")) {
                assertThat(find(typed + mark, SearchKind.CUSTOMER))
                        .as("not in the reading")
                        .isEmpty();
                continue;
            }
            assertThat(find(typed + mark, SearchKind.CUSTOMER))
                    .as(typed)
                    .extracting(SearchHit::id)
                    .containsExactly(mirai.getId());
        }
        assertThat(find("みらいしょうじ" + mark, SearchKind.CUSTOMER))
                .as("by the reading")
                .extracting(SearchHit::id)
                .containsExactly(mirai.getId());
        SearchHit hit = find("ミライ商事" + mark, SearchKind.CUSTOMER).get(0);
        assertThat(hit.link()).isEqualTo("customers/" + mirai.getId());
        assertThat(hit.context()).as("the reading, as kept: katakana").isEqualTo("ミライショウジ" + mark);
    }

    @Test
    void two_character_words_match_and_the_closest_title_comes_first() {
        Customer customer = customer("印刷の静岡" + mark, null);
        long longer = deal(customer.getId(), mark + "チラシ印刷と封入作業の長い案件名");
        long exact = deal(customer.getId(), mark + "印刷");

        List<SearchHit> hits = find(mark + "印刷", SearchKind.DEAL);
        assertThat(hits).extracting(SearchHit::id).startsWith(exact);
        assertThat(find("印刷", SearchKind.DEAL)).extracting(SearchHit::title).allMatch(t -> t.contains("印刷"));
        assertThat(find("チラシ印刷", SearchKind.DEAL)).extracting(SearchHit::id).contains(longer);
        assertThat(find("印刷", SearchKind.CUSTOMER)).extracting(SearchHit::title).contains("印刷の静岡" + mark);

        assertThatThrownBy(() -> search.search("印"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("search.tooShort");
        assertThatThrownBy(() -> search.search(" ー ")).hasMessage("search.tooShort");
        assertThat(search.search("%_" + mark))
                .as("wildcards are plain characters")
                .isEmpty();
    }

    @Test
    void a_word_in_hundreds_of_activities_lists_the_newest_eight() {
        Customer customer = customer("活動の多い顧客" + mark, null);
        jdbc.update(
                "insert into activity (customer_id, kind, occurred_on, actor, summary, created_at) "
                        + "select ?, 'CALL', current_date, 'test', '電話で' || ? || 'の件を確認 ' || g, now() "
                        + "from generate_series(1, 260) g",
                customer.getId(),
                mark);
        List<Long> newest = jdbc.queryForList(
                "select id from activity where customer_id = ? order by id desc limit 8", Long.class, customer.getId());

        List<SearchHit> hits = find(mark + "の件", SearchKind.ACTIVITY);

        assertThat(hits).extracting(SearchHit::id).containsExactlyElementsOf(newest);
        assertThat(hits.get(0).title()).isEqualTo("電話で" + mark + "の件を確認 260");
        assertThat(hits.get(0).link()).isEqualTo("customers/" + customer.getId());
        assertThat(find(mark + "の件を確認 211", SearchKind.ACTIVITY))
                .as("a rare one among them")
                .extracting(SearchHit::title)
                .containsExactly("電話で" + mark + "の件を確認 211");
    }

    @Test
    void customers_are_listed_in_the_order_of_their_reading() {
        Customer s = customer("静岡物流" + mark, "シズオカブツリュウ");
        Customer a = customer("青葉製作所" + mark, "あおばせいさくしょ");
        Customer k = customer("株式会社かもめ" + mark, null);

        List<Customer> page = customers.page(mark, null, 0, 10);
        assertThat(page).extracting(Customer::getId).containsExactly(a.getId(), k.getId(), s.getId());
        assertThat(page.get(0).getKana()).as("kept in katakana").isEqualTo("アオバセイサクショ");
    }

    @Test
    void a_facility_finds_its_own_deal_and_never_another_facilitys() {
        Customer customer = customer("検索顧客" + mark, null);
        long ours = data.dealAtAssignment(mark + "名刺データ入力", WorkCategory.PC);
        long theirs = data.dealAtAssignment(mark + "名刺データ入力の別件", WorkCategory.PC);
        long mine = data.facility(TestData.unique("町"));
        long other = data.facility(TestData.unique("町"));
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        offers.send(ours, List.of(mine), LocalDate.now().plusDays(3));
        offers.send(theirs, List.of(other), LocalDate.now().plusDays(3));
        assertThat(find(mark + "名刺", SearchKind.DEAL))
                .as("the office finds both")
                .hasSize(2);

        TestData.actAs(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(mine));
        List<SearchHit> hits = search.search(mark + "名刺");
        assertThat(hits).extracting(SearchHit::id).containsExactly(ours);
        assertThat(hits.get(0).link()).startsWith("portal/offers/");
        assertThat(search.search("検索顧客" + mark))
                .as("no customers for a facility")
                .isEmpty();
        assertThat(customer.getId()).isPositive();
    }
}
