package jp.tsunagu.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.sla.AssignmentLeadTimes;
import jp.tsunagu.wages.LedgerRow;

/**
 * A year's figures for the dashboard: each KPI's actual value and plan ({@code null} where there is none), where
 * the deal figures came from and how fresh they are, and the series the charts draw.
 *
 * @param funnel        deals that reached each step of the pipeline (lead … QA), from the year's deals
 * @param monthlyDemand the demand of the deals that became leads in each month of the year
 * @param monthlyOrders the orders placed in each month of the year
 * @param wages         each facility's wage per worker over the year against its wage before
 * @param production    each facility's monthly average of the programme's paid work by kind of work
 * @param targetWage    the monthly wage per worker aimed at (the plan's "wage after"), or null
 */
public record KpiReport(
        KpiFilter filter,
        Map<Kpi, Double> actual,
        Map<Kpi, Double> plan,
        Source source,
        Instant asOf,
        long[] funnel,
        long[] monthlyDemand,
        long[] monthlyOrders,
        AssignmentLeadTimes.Figures leadTimes,
        List<LedgerRow> wages,
        List<Production> production,
        Long targetWage) {

    /** Computed now from the deals, or read from the rollup refreshed in the background. */
    public enum Source {
        LIVE,
        ROLLUP
    }

    /** One facility's paid work per month on average by kind of work, and its workers (average per month). */
    public record Production(long facilityId, String facilityName, Map<WorkCategory, Long> monthly, Double workers) {
        public long total() {
            return monthly.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The actual minus the plan; null while either is missing. */
    public Double difference(Kpi kpi) {
        Double a = actual.get(kpi);
        Double p = plan.get(kpi);
        return a == null || p == null ? null : a - p;
    }

    /** Whether the difference is good news (more of what should be more), bad news, or neither (null). */
    public Boolean better(Kpi kpi) {
        Double d = difference(kpi);
        if (d == null || d == 0 || kpi.higherIsBetter() == null) {
            return null;
        }
        return kpi.higherIsBetter() == (d > 0);
    }
}
