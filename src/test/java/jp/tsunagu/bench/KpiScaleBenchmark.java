package jp.tsunagu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.TestData;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.kpi.Kpi;
import jp.tsunagu.kpi.KpiFilter;
import jp.tsunagu.kpi.KpiReport;
import jp.tsunagu.kpi.KpiService;
import jp.tsunagu.security.AppRoles;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The KPI dashboard at scale: with 100,000 deals and 1,000,000 hand-offs the whole dashboard for the current fiscal
 * year computed live; then with 1,000,000 deals, the rollup's rebuild time (which bounds how stale it can be) and the
 * dashboard answered from it. Writes target/bench-kpi.txt. Run: {@code mvn verify -Pbench -Dit.test=KpiScaleBenchmark}.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=10", "tsunagu.kpi.live-limit=200000"})
@ActiveProfiles("test")
class KpiScaleBenchmark {

    static final int DEALS = Integer.getInteger("bench.deals", 100_000);
    static final int HAND_OFFS = Integer.getInteger("bench.handOffs", 1_000_000);
    static final int BIG = Integer.getInteger("bench.bigDeals", 1_000_000);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    @Autowired
    KpiService kpis;

    @Test
    void kpis_at_scale() throws Exception {
        List<String> report = Timings.printingReport();
        String definition = ScaleData.pipelineDefinition(repository);
        long start = System.nanoTime();
        ScaleData data = new ScaleData(jdbc);
        data.fill(DEALS, 10_000, HAND_OFFS, definition);
        jdbc.execute("analyze");
        report.add(String.format(
                "data: %,d deals, %,d completed hand-offs with clocks (filled in %.0f s)",
                DEALS, HAND_OFFS, (System.nanoTime() - start) / 1e9));

        TestData.actAs("bench-sv", AppRoles.SUPERVISOR);
        KpiFilter year = KpiFilter.year(FiscalYears.of(YearMonth.now()));
        KpiReport live = kpis.report(year);
        assertThat(live.source()).isEqualTo(KpiReport.Source.LIVE);
        assertThat(live.actual().get(Kpi.LEAD_CUSTOMERS)).isGreaterThan(0);
        report.add(Timings.measure(
                        String.format("dashboard, one year, live (%,d deals)", DEALS), 3, 20, () -> kpis.report(year))
                .toString());
        KpiFilter oneDirector = new KpiFilter(year.fiscalYear(), "bench-dir3", null, null);
        report.add(Timings.measure("dashboard, one year, one director, live", 3, 20, () -> kpis.report(oneDirector))
                .toString());

        start = System.nanoTime();
        for (int from = DEALS + 1; from <= BIG; from += 100_000) {
            data.insertDeals(from, Math.min(BIG, from + 99_999));
        }
        jdbc.execute("analyze deal");
        report.add(String.format("data: %,d deals in all (added in %.0f s)", BIG, (System.nanoTime() - start) / 1e9));
        List<Double> rebuilds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            assertThat(kpis.refreshRollup()).isTrue();
            rebuilds.add((System.nanoTime() - t) / 1_000_000.0);
        }
        report.add(
                Timings.summarise(String.format("rollup rebuild (%,d deals, every year x every filter)", BIG), rebuilds)
                        .toString());
        KpiReport fromRollup = kpis.report(year);
        assertThat(fromRollup.source()).isEqualTo(KpiReport.Source.ROLLUP);
        report.add(Timings.measure(
                        String.format("dashboard, one year, from the rollup (%,d deals)", BIG),
                        3,
                        20,
                        () -> kpis.report(year))
                .toString());
        report.add(Timings.measure(
                        "dashboard, one year, one director, from the rollup", 3, 20, () -> kpis.report(oneDirector))
                .toString());
        TestData.logout();
        Files.write(Path.of("target/bench-kpi.txt"), report);
    }
}
