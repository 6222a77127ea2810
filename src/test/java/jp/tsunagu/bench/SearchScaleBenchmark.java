package jp.tsunagu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tsunagu.TestData;
import jp.tsunagu.search.SearchHit;
import jp.tsunagu.search.SearchKind;
import jp.tsunagu.search.SearchService;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The header's search at scale: 50,000 customers with readings, 100,000 deals, 1,000,000 activities, 100,000
 * contacts and 100,000 questions, their text built from everyday office words so that common words (入力, 株式会社)
 * hit thousands of rows and rare ones a handful. Times the whole search (every kind) as a director and as a facility.
 * Writes target/bench-search.txt. Run: {@code mvn verify -Pbench -Dit.test=SearchScaleBenchmark}.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchScaleBenchmark {

    static final int CUSTOMERS = Integer.getInteger("bench.customers", 50_000);
    static final int DEALS = Integer.getInteger("bench.searchDeals", 100_000);
    static final int ACTIVITIES = Integer.getInteger("bench.activities", 1_000_000);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @Test
    void search_at_scale() throws Exception {
        List<String> report = Timings.printingReport();
        long start = System.nanoTime();
        // Names from parts: 40 stems × 25 trades × 50 places, each with its reading; one in three a 株式会社.
        jdbc.execute("create temporary table stem (i int, name text, kana text)");
        jdbc.execute("insert into stem select i - 1, n, k from unnest("
                + "array['あおば','さくら','ひかり','みどり','つばさ','あさひ','はやて','こだま','いずみ','ほしの',"
                + "'富士','駿河','遠州','浜名','清水','大井','天竜','安倍','伊豆','三保','青空','若葉','朝霧','白浜',"
                + "'東海','中部','山本','鈴木','高橋','田中','伊藤','渡辺','中村','小林','加藤','吉田','山田','佐々木',"
                + "'松本','井上'],"
                + "array['アオバ','サクラ','ヒカリ','ミドリ','ツバサ','アサヒ','ハヤテ','コダマ','イズミ','ホシノ',"
                + "'フジ','スルガ','エンシュウ','ハマナ','シミズ','オオイ','テンリュウ','アベ','イズ','ミホ','アオゾラ',"
                + "'ワカバ','アサギリ','シラハマ','トウカイ','チュウブ','ヤマモト','スズキ','タカハシ','タナカ','イトウ',"
                + "'ワタナベ','ナカムラ','コバヤシ','カトウ','ヨシダ','ヤマダ','ササキ','マツモト','イノウエ']) "
                + "with ordinality as t(n, k, i)");
        jdbc.execute("create temporary table trade (i int, name text, kana text)");
        jdbc.execute("insert into trade select i - 1, n, k from unnest("
                + "array['商事','印刷','物流','製作所','工業','食品','電機','建設','不動産','運輸','商会','興業','製紙',"
                + "'化成','精機','産業','システム','サービス','企画','薬品','農園','水産','繊維','陶器','木工'],"
                + "array['ショウジ','インサツ','ブツリュウ','セイサクショ','コウギョウ','ショクヒン','デンキ','ケンセツ',"
                + "'フドウサン','ウンユ','ショウカイ','コウギョウ','セイシ','カセイ','セイキ','サンギョウ','システム',"
                + "'サービス','キカク','ヤクヒン','ノウエン','スイサン','センイ','トウキ','モッコウ']) with ordinality as t(n, k, i)");
        jdbc.execute("insert into customer (name, kana, name_key, created_at) "
                + "select case when g % 3 = 0 then '株式会社' else '' end || s.name || t.name || (g / 1000), "
                + "s.kana || t.kana, 'bench' || g, now() from generate_series(1, " + CUSTOMERS + ") g "
                + "join stem s on s.i = g % 40 join trade t on t.i = (g / 40) % 25");
        jdbc.execute("insert into deal (customer_id, title, work_category, order_type, monthly_amount, stage, status, "
                + "director, created_at, updated_at, lead_on, demand_amount, stage_reached) "
                + "select c.id, (array['名刺','伝票','アンケート','顧客台帳','請求書','チラシ','封入','検品','データ',"
                + "'画像'])[1 + g % 10] || (array['入力','整理','作成','封入作業','仕分け','スキャン','チェック','集計'])"
                + "[1 + (g / 10) % 8] || ' ' || (g % 997), 'PC', 'RECURRING', 100000, 'LEAD', 'OPEN', 'bench', now(), "
                + "now(), current_date, 1200000, 'LEAD' from generate_series(1, " + DEALS + ") g "
                + "join lateral (select id from customer where name_key = 'bench' || (1 + g % " + CUSTOMERS
                + ")) c on true");
        jdbc.execute("insert into customer_contact (customer_id, name, phone, created_at) "
                + "select c.id, s.name || ' ' || (array['一郎','花子','健太','由美','翔','真理'])[1 + g % 6], '054-000-0000', "
                + "now() from generate_series(1, " + (CUSTOMERS * 2) + ") g join stem s on s.i = (g * 7) % 40 "
                + "join lateral (select id from customer where name_key = 'bench' || (1 + g % " + CUSTOMERS
                + ")) c on true");
        jdbc.execute("insert into activity (customer_id, deal_id, kind, occurred_on, actor, summary, next_action, "
                + "next_action_on, created_at) select d.customer_id, d.id, 'CALL', current_date - (g % 365), 'bench', "
                + "(array['電話で','訪問して','メールで','打ち合わせで'])[1 + g % 4] || "
                + "(array['数量','納期','単価','手順書','見本','検品基準','請求','次回の発注'])[1 + (g / 4) % 8] || "
                + "'を確認した。' || (array['先方は前向き','担当者が交代予定','来月に再提案','見積を送付'])[1 + (g / 32) % 4], "
                + "null, null, now() from generate_series(1, " + ACTIVITIES + ") g "
                + "join deal d on d.id = (select min(id) from deal where director = 'bench') + g % " + DEALS);
        jdbc.execute("insert into deal_question (deal_id, asked_by, asked_party, asked_at, text, state, answer, "
                + "answered_by, answered_at) select d.id, 'bench', 'FACILITY', now(), "
                + "(array['数量はいくつですか','納期はいつですか','見本はありますか','手書きの読めない字はどうしますか'])[1 + g % 4], "
                + "'ANSWERED', '担当者に確認して回答します', 'bench', now() from generate_series(1, " + DEALS + ") g "
                + "join deal d on d.id = (select min(id) from deal where director = 'bench') + g % " + DEALS);
        jdbc.execute("vacuum analyze");
        report.add(String.format(
                "data: %,d customers with readings, %,d deals, %,d contacts, %,d activities, %,d "
                        + "questions (filled in %.0f s)",
                CUSTOMERS, DEALS, CUSTOMERS * 2, ACTIVITIES, DEALS, (System.nanoTime() - start) / 1e9));

        TestData.actAs("bench-director", AppRoles.DIRECTOR);
        List<SearchHit> mirai = search.search("ﾐﾄﾞﾘ商事");
        assertThat(mirai).filteredOn(h -> h.kind() == SearchKind.CUSTOMER).isNotEmpty();
        for (String words :
                List.of("みどり商事", "ﾐﾄﾞﾘｼｮｳｼﾞ", "(株)さくら印刷", "印刷", "入力", "富士製作所12", "手順書", "次回の発注", "見積を送付", "該当しない言葉")) {
            int hits = search.search(words).size();
            report.add(Timings.measure(
                            "「" + words + "」 as a director (" + hits + " results shown)",
                            3,
                            20,
                            () -> search.search(words))
                    .toString());
        }
        long dealId = jdbc.queryForObject("select min(id) from deal where director = 'bench'", Long.class);
        long facility = jdbc.queryForObject(
                "insert into facility (name, facility_type, created_at) "
                        + "values ('ベンチ検索作業所', 'B', now()) returning id",
                Long.class);
        jdbc.update(
                "insert into assignment (deal_id, facility_id, quantity, hours_per_month, start_on, end_on, "
                        + "confirmed_by, confirmed_at) select id, ?, 100, 40, current_date, current_date + 90, 'bench', now() "
                        + "from deal where director = 'bench' and id < ? + 30",
                facility,
                dealId);
        TestData.actAs("bench-facility", AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        report.add(Timings.measure("「入力」 as a facility on 30 deals", 3, 20, () -> search.search("入力"))
                .toString());
        TestData.logout();
        Files.write(Path.of("target/bench-search.txt"), report);
    }
}
