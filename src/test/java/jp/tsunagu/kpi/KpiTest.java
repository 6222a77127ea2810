package jp.tsunagu.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.TableExport;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealHistoryImport;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.AssignmentLeadTimes;
import jp.tsunagu.wages.WageLedger;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Issue 7's Done-when: a historical CSV in the documented format imports, and its KPIs match the figures worked
 * out by hand below; the rollup gives the same figures as the live query; CSV and Excel keep the Japanese; bad
 * files and bad plans are refused with nothing saved.
 */
@TsunaguTest
class KpiTest {

    @Autowired
    KpiService kpis;

    @Autowired
    KpiPlanService plans;

    @Autowired
    KpiFigureSource figureSource;

    @Autowired
    KpiRollup rollup;

    @Autowired
    DealHistoryImport history;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    AssignmentLeadTimes leadTimes;

    @Autowired
    WageLedger ledger;

    @Autowired
    CurrentUser currentUser;

    String director;
    String suffix;

    @BeforeEach
    void aDirectorWithLastYearsDeals() {
        director = TestData.unique("kpidir");
        suffix = director.substring(director.length() - 6);
        users.create(director, "pw-not-used-1", "KPI担当", AppRoles.DIRECTOR);
        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
    }

    @AfterEach
    void logout() {
        TestData.logout();
    }

    /**
     * FY2024 (2024/04/01–2025/03/31). In negotiation during the year: 1, 2, 3, 4, 5, 7, 8 (6 was ordered in
     * FY2023). Customers: A (1, 2), B (3), C (4), D (5), E (7), F (8).
     */
    String csv() {
        String h = "顧客名,案件名,作業区分,到達段階,発注需要額,受注額,定期,リード日,契約日,失注日,失注理由,担当ディレクター\n";
        return h
                + String.join(
                        "\n",
                        "A商事" + suffix + ",案件1,PC作業,品質確認,\"1,200,000\",\"1,200,000\",はい,2024/04/15,2024/06/01,,,"
                                + director,
                        "A商事" + suffix + ",案件2,軽作業（施設内）,納品,300000,300000,いいえ,2024/05/10,2024/07/01,,," + director,
                        "B物産" + suffix + ",案件3,PC作業,トライアル,¥600000,,いいえ,2024/06/01,,2024/09/30,価格," + director,
                        "C工業" + suffix + ",案件4,施設外就労,要件定義,2400000,,はい,2024/10/01,,,," + director,
                        "D運輸" + suffix + ",案件5,PC,QA,480000,480000,yes,2023/12/01,2024/04/10,,," + director,
                        "E電機" + suffix + ",案件6,PC作業,納品,900000,900000,いいえ,2023/05/01,2023/08/01,,," + director,
                        "E電機" + suffix + ",案件7,PC作業,品質確認,240000,240000,いいえ,2024/11/01,2025/01/15,,," + director,
                        "F食品" + suffix + ",案件8,軽作業,リード,100000,,いいえ,2025/02/01,,2025/03/31,その他," + director)
                + "\n";
    }

    @Test
    void a_past_years_csv_imports_and_its_kpis_match_the_figures_worked_out_by_hand() {
        DealHistoryImport.Preview preview = history.preview(csv().getBytes(StandardCharsets.UTF_8), Locale.JAPAN);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).hasSize(8);
        assertThat(preview.newCustomers()).isEqualTo(6);
        assertThat(history.importAll(csv().getBytes(StandardCharsets.UTF_8), Locale.JAPAN))
                .isEqualTo(8);
        Map<YearMonth, Long> costs = new LinkedHashMap<>();
        for (int m = 4; m <= 7; m++) {
            costs.put(YearMonth.of(2024, m), 150_000L);
        }
        plans.saveSalesCosts(costs);

        KpiFilter filter = new KpiFilter(2024, director, null, null);
        KpiReport r = kpis.report(filter);
        Map<Kpi, Double> a = r.actual();
        assertThat(a.get(Kpi.LEAD_CUSTOMERS)).isEqualTo(6);
        assertThat(a.get(Kpi.DEMAND)).isEqualTo(5_320_000);
        assertThat(a.get(Kpi.LOST_TOTAL)).isEqualTo(700_000);
        assertThat(a.get(Kpi.ORDERING_CUSTOMERS)).isEqualTo(3);
        assertThat(a.get(Kpi.CONTRACT_RATE)).isCloseTo(0.5, within(1e-9));
        assertThat(a.get(Kpi.ORDER_TOTAL)).isEqualTo(2_220_000);
        assertThat(a.get(Kpi.ORDER_RATE)).isCloseTo(2_220_000 / 5_320_000.0, within(1e-9));
        assertThat(a.get(Kpi.ARR)).isEqualTo(1_680_000);
        // A and D ordered for the first time in FY2024; E had ordered in FY2023. ¥600,000 ÷ 2.
        assertThat(a.get(Kpi.CAC)).isEqualTo(300_000);
        assertThat(a.get(Kpi.LTV)).isEqualTo(740_000);
        // Monthly: 1,200,000/12 + 300,000 + 480,000/12 + 240,000 = 680,000 over 4 deals.
        assertThat(a.get(Kpi.MONTHLY_DEAL_PRICE)).isEqualTo(170_000);
        assertThat(r.funnel()).containsExactly(7, 6, 5, 5, 5, 4, 3);
        assertThat(r.monthlyDemand())
                .containsExactly(1_200_000, 300_000, 600_000, 0, 0, 0, 2_400_000, 240_000, 0, 0, 100_000, 0);
        assertThat(r.monthlyOrders()).containsExactly(480_000, 0, 1_200_000, 300_000, 0, 0, 0, 0, 0, 240_000, 0, 0);

        // One kind of work: PC only (deals 1, 3, 5, 7 of the year).
        KpiReport pc = kpis.report(new KpiFilter(2024, director, null, WorkCategory.PC));
        assertThat(pc.actual().get(Kpi.DEMAND)).isEqualTo(1_200_000 + 600_000 + 480_000 + 240_000);
        assertThat(pc.actual().get(Kpi.LEAD_CUSTOMERS)).isEqualTo(4);

        // The rollup holds the same figures for the same filter.
        assertThat(rollup.refresh()).isTrue();
        double[] live = figureSource.liveFigures(filter, LocalDate.now());
        assertThat(rollup.figures(filter)).containsExactly(live, within(1e-6));
        assertThat(rollup.figures(new KpiFilter(2024, director, null, WorkCategory.PC)))
                .containsExactly(
                        figureSource.liveFigures(new KpiFilter(2024, director, null, WorkCategory.PC), LocalDate.now()),
                        within(1e-6));

        // The drill-down lists what the figure counts.
        Table lost = kpis.drill(Kpi.LOST_TOTAL, filter, Locale.JAPAN);
        assertThat(lost.rows()).extracting(row -> row.cells().get(0)).containsExactly("案件3", "案件8");
        Table newCustomers = kpis.drill(Kpi.CAC, filter, Locale.JAPAN);
        assertThat(newCustomers.rows())
                .extracting(row -> row.cells().get(0))
                .containsExactlyInAnyOrder("A商事" + suffix, "D運輸" + suffix);
    }

    @Test
    void the_live_figures_are_reused_for_a_minute_the_plan_is_not_and_the_page_says_as_of_when() {
        String[] rows = csv().split("\n");
        MovableClock clock = new MovableClock(Instant.parse("2026-11-21T01:00:00Z"));
        KpiService dashboard = new KpiService(
                named,
                new KpiFigureSource(named, rollup, clock, 200_000, Duration.ofMinutes(1)),
                new FacilityFigures(named, clock),
                plans,
                leadTimes,
                ledger,
                users,
                clock);
        KpiFilter filter = new KpiFilter(2024, director, null, null);
        history.importAll((rows[0] + "\n" + rows[1] + "\n").getBytes(StandardCharsets.UTF_8), Locale.JAPAN);
        KpiReport first = dashboard.report(filter);
        assertThat(first.actual().get(Kpi.LEAD_CUSTOMERS)).isEqualTo(1);
        assertThat(first.asOf()).isEqualTo(clock.instant());

        history.importAll((rows[0] + "\n" + rows[3] + "\n").getBytes(StandardCharsets.UTF_8), Locale.JAPAN);
        plans.savePlan(2024, Map.of(Kpi.LEAD_CUSTOMERS, new BigDecimal("4")));
        try {
            clock.advance(59);
            KpiReport reused = dashboard.report(filter);
            assertThat(reused.actual().get(Kpi.LEAD_CUSTOMERS))
                    .as("computed a minute ago")
                    .isEqualTo(1);
            assertThat(reused.asOf()).isEqualTo(first.asOf());
            assertThat(reused.plan().get(Kpi.LEAD_CUSTOMERS))
                    .as("the plan just entered")
                    .isEqualTo(4);
        } finally {
            // The year's plan is everyone's: the other tests of FY2024 expect none.
            Map<Kpi, BigDecimal> none = new EnumMap<>(Kpi.class);
            none.put(Kpi.LEAD_CUSTOMERS, null);
            plans.savePlan(2024, none);
        }

        clock.advance(2);
        KpiReport fresh = dashboard.report(filter);
        assertThat(fresh.actual().get(Kpi.LEAD_CUSTOMERS)).isEqualTo(2);
        assertThat(fresh.asOf()).isEqualTo(clock.instant());
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void the_plan_shows_against_the_actual_and_bad_plans_are_refused_with_nothing_saved() {
        history.importAll(csv().getBytes(StandardCharsets.UTF_8), Locale.JAPAN);
        Map<Kpi, BigDecimal> plan = new EnumMap<>(Kpi.class);
        plan.put(Kpi.LEAD_CUSTOMERS, new BigDecimal("5"));
        plan.put(Kpi.CONTRACT_RATE, new BigDecimal("0.72"));
        plan.put(Kpi.LOST_TOTAL, new BigDecimal("500000"));
        plans.savePlan(2023, plan);
        KpiReport r = kpis.report(new KpiFilter(2023, director, null, null));
        // FY2023: deals 5 (lead 2023/12) and 6 (lead 2023/05, ordered 2023/08): customers D and E.
        assertThat(r.actual().get(Kpi.LEAD_CUSTOMERS)).isEqualTo(2);
        assertThat(r.difference(Kpi.LEAD_CUSTOMERS)).isEqualTo(-3);
        assertThat(r.better(Kpi.LEAD_CUSTOMERS)).isFalse();
        assertThat(r.actual().get(Kpi.CONTRACT_RATE)).isEqualTo(0.5);
        assertThat(r.better(Kpi.LOST_TOTAL)).isTrue();
        assertThat(KpiFormat.difference(Kpi.CONTRACT_RATE, r.difference(Kpi.CONTRACT_RATE), Locale.JAPAN))
                .isEqualTo("−22.0 pt");

        Map<Kpi, BigDecimal> bad = new EnumMap<>(Kpi.class);
        bad.put(Kpi.LEAD_CUSTOMERS, new BigDecimal("99"));
        bad.put(Kpi.ORDER_RATE, new BigDecimal("1.5"));
        assertThatThrownBy(() -> plans.savePlan(2023, bad))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("kpi.plan.rate");
        bad.put(Kpi.ORDER_RATE, null);
        bad.put(Kpi.DEMAND, new BigDecimal("-1"));
        assertThatThrownBy(() -> plans.savePlan(2023, bad)).hasMessage("kpi.plan.negative");
        assertThat(plans.plan(2023).get(Kpi.LEAD_CUSTOMERS)).isEqualTo(5);
        assertThatThrownBy(() -> plans.saveSalesCosts(Map.of(YearMonth.of(2023, 5), -1L)))
                .hasMessage("kpi.cost.range");
        assertThatThrownBy(() -> new KpiFilter(1999, null, null, null)).hasMessage("kpi.year.range");
    }

    @Test
    void a_file_with_bad_rows_imports_nothing_and_names_each_row_and_column() {
        String before = count();
        String bad = "顧客名,案件名,作業区分,到達段階,発注需要額,受注額,定期,リード日,契約日,失注日,失注理由\n"
                + "X社" + suffix + ",良い行,PC作業,リード,1000,,いいえ,2024/05/01,,,\n"
                + "X社" + suffix + ",,宇宙作業,完了,12万,,たぶん,2024/13/01,,,\n"
                + "X社" + suffix
                + ",<script>alert(1)</script>,PC作業,納品,1000,5000,いいえ,2024/05/01,2024/04/01,2024/06/01,値引き\n"
                + "X社" + suffix + ",未来,PC作業,リード,1000,,いいえ,2999/01/01,,,\n";
        DealHistoryImport.Preview p = history.preview(bad.getBytes(StandardCharsets.UTF_8), Locale.JAPAN);
        assertThat(p.importable()).isFalse();
        assertThat(p.errors())
                .extracting(e -> e.line() + ":" + e.column())
                .containsExactly(
                        "3:案件名", "3:作業区分", "3:到達段階", "3:発注需要額", "3:定期", "3:リード日", "4:失注理由", "4:契約日", "4:失注日", "5:リード日");
        assertThat(p.errors().get(1).message()).isEqualTo("作業区分「宇宙作業」がわかりません（PC作業・軽作業・施設外就労）");
        assertThatThrownBy(() -> history.importAll(bad.getBytes(StandardCharsets.UTF_8), Locale.JAPAN))
                .hasMessage("import.notImportable");
        assertThat(count()).isEqualTo(before);

        // Wrong columns, and a file that is not CSV at all.
        assertThat(history.preview("名前,金額\nA,1\n".getBytes(StandardCharsets.UTF_8), Locale.JAPAN)
                        .errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("列"));
        byte[] binary = new byte[2000];
        Arrays.fill(binary, (byte) 0x8f);
        assertThat(history.preview(binary, Locale.JAPAN).importable()).isFalse();

        // Shift_JIS as Excel on Windows saves it.
        byte[] sjis = csv().getBytes(Charset.forName("MS932"));
        assertThat(history.preview(sjis, Locale.JAPAN).errors()).isEmpty();
        assertThat(history.preview(sjis, Locale.JAPAN).charset().name()).isEqualTo("windows-31j");
    }

    @Test
    void csv_and_excel_exports_keep_the_japanese_and_the_numbers() throws Exception {
        history.importAll(csv().getBytes(StandardCharsets.UTF_8), Locale.JAPAN);
        KpiFilter filter = new KpiFilter(2024, director, null, null);
        KpiReport report = kpis.report(filter);
        byte[] csv = TableExport.csv(kpis.table(report, Locale.JAPAN));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("指標,計画,実績,差異,定義").contains("リード社数,—,6,—,").contains("受注総額,—,\"¥2,220,000\"");

        Table deals = kpis.drill(Kpi.ORDER_TOTAL, filter, Locale.JAPAN);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(deals)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("受注総額 FY2024");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("案件1");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("A商事" + suffix);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1_200_000);
            assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 6, 1));
        }
        String drillCsv = new String(TableExport.csv(deals), StandardCharsets.UTF_8);
        assertThat(drillCsv).contains("案件1,A商事" + suffix + ",PC作業,KPI担当,2024/04/15,1200000,2024/06/01,1200000,,品質確認");
    }

    private String count() {
        return String.valueOf(jdbc.queryForObject("select count(*) from deal", Long.class));
    }
}
