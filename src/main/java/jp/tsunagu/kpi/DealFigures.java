package jp.tsunagu.kpi;

/**
 * The year's deal figures by name, as the live query and the rollup compute them (one array per filter, in the
 * order of {@link KpiQueries}). Read by position here and nowhere else.
 */
record DealFigures(
        double leadCustomers,
        double demand,
        double lostTotal,
        double orderingCustomers,
        double orderTotal,
        double orderCount,
        double arr,
        double newCustomers,
        double orderedMonthly,
        long[] funnel,
        long[] monthlyDemand,
        long[] monthlyOrders) {

    static DealFigures of(double[] v) {
        return new DealFigures(
                v[KpiQueries.LEAD_CUSTOMERS],
                v[KpiQueries.DEMAND],
                v[KpiQueries.LOST_TOTAL],
                v[KpiQueries.ORDERING_CUSTOMERS],
                v[KpiQueries.ORDER_TOTAL],
                v[KpiQueries.ORDER_COUNT],
                v[KpiQueries.ARR],
                v[KpiQueries.NEW_CUSTOMERS],
                v[KpiQueries.ORDERED_MONTHLY],
                slice(v, KpiQueries.FUNNEL, KpiQueries.FUNNEL_STEPS),
                slice(v, KpiQueries.MONTHLY_DEMAND, 12),
                slice(v, KpiQueries.MONTHLY_ORDERS, 12));
    }

    private static long[] slice(double[] v, int from, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.round(v[from + i]);
        }
        return out;
    }
}
