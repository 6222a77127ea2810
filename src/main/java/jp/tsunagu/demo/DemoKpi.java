package jp.tsunagu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.Application;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.deal.DealHistoryImport;
import jp.tsunagu.kpi.Kpi;
import jp.tsunagu.kpi.KpiPlanService;
import jp.tsunagu.security.AppRoles;
import org.springframework.stereotype.Component;

/**
 * The KPI side of the demo: last fiscal year's deals imported from the office's CSV (the documented format), this
 * year's plan sized to the demo (the report's own rates and lead-time targets), and monthly sales costs.
 */
@Component
class DemoKpi {

    static final String HISTORY = "/demo/history-fy2025.csv";
    private static final ZoneId ZONE = Application.TOKYO;

    private final KpiPlanService kpis;
    private final DealHistoryImport history;

    DemoKpi(KpiPlanService kpis, DealHistoryImport history) {
        this.kpis = kpis;
        this.history = history;
    }

    void load(Instant now) {
        DemoClock.actAs("takahashi", AppRoles.SUPERVISOR);
        history.importAll(read(HISTORY), Locale.JAPAN);
        YearMonth month = YearMonth.from(now.atZone(ZONE));
        int fy = FiscalYears.of(month);
        Map<Kpi, BigDecimal> plan = new EnumMap<>(Kpi.class);
        plan.put(Kpi.LEAD_CUSTOMERS, bd(10));
        plan.put(Kpi.DEMAND, bd(24_000_000));
        plan.put(Kpi.LOST_TOTAL, bd(4_000_000));
        plan.put(Kpi.ORDERING_CUSTOMERS, bd(7));
        plan.put(Kpi.CONTRACT_RATE, new BigDecimal("0.72"));
        plan.put(Kpi.ORDER_TOTAL, bd(20_000_000));
        plan.put(Kpi.ORDER_RATE, new BigDecimal("0.83"));
        plan.put(Kpi.ARR, bd(12_000_000));
        plan.put(Kpi.WAGE_BEFORE, bd(14_233));
        plan.put(Kpi.WAGE_AFTER, bd(30_000));
        plan.put(Kpi.WAGE_INCREASE, bd(15_767));
        plan.put(Kpi.FACILITIES_REGISTERED, bd(30));
        plan.put(Kpi.FACILITIES_ORDERED, bd(12));
        plan.put(Kpi.FACILITIES_CONTINUOUS_PC, bd(6));
        plan.put(Kpi.CAC, bd(380_000));
        plan.put(Kpi.LTV, bd(1_557_000));
        plan.put(Kpi.MONTHLY_DEAL_PRICE, bd(470_000));
        plan.put(Kpi.LEAD_TIME_PC, bd(2));
        plan.put(Kpi.LEAD_TIME_PC_P90, bd(3));
        plan.put(Kpi.LEAD_TIME_OTHER, bd(7));
        plan.put(Kpi.LEAD_TIME_OTHER_P90, bd(10));
        kpis.savePlan(fy, plan);
        Map<YearMonth, Long> costs = new LinkedHashMap<>();
        for (YearMonth m : FiscalYears.months(fy)) {
            if (!m.isAfter(month)) {
                costs.put(m, 280_000L + (m.getMonthValue() % 4) * 40_000L);
            }
        }
        kpis.saveSalesCosts(costs);
    }

    private static BigDecimal bd(long v) {
        return BigDecimal.valueOf(v);
    }

    static byte[] read(String resource) {
        try (InputStream in = DemoKpi.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("demo file missing: " + resource, e));
        }
    }
}
