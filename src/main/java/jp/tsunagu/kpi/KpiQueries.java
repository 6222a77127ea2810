package jp.tsunagu.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.base.FiscalYears;

/**
 * The deal figures of one fiscal year as one SQL select list, written once and run two ways: live over the deals
 * of one year and one filter, or over every year and every combination of filters at once
 * ({@code group by cube}) into the rollup. {@code {S}} and {@code {E}} stand for the year's first and last day.
 */
final class KpiQueries {

    /** Positions in the list of figures. */
    static final int LEAD_CUSTOMERS = 0;

    static final int DEMAND = 1;
    static final int LOST_TOTAL = 2;
    static final int LOST_COUNT = 3;
    static final int ORDERING_CUSTOMERS = 4;
    static final int ORDER_TOTAL = 5;
    static final int ORDER_COUNT = 6;
    static final int ARR = 7;
    static final int NEW_CUSTOMERS = 8;
    static final int ORDERED_MONTHLY = 9;
    static final int FUNNEL = 10;
    static final int FUNNEL_STEPS = 7;
    static final int MONTHLY_DEMAND = FUNNEL + FUNNEL_STEPS;
    static final int MONTHLY_ORDERS = MONTHLY_DEMAND + 12;
    static final int SIZE = MONTHLY_ORDERS + 12;

    /** The steps of the funnel, in order: the furthest a deal reached counts it in this step and all before. */
    static final List<String> STEPS =
            List.of("LEAD", "REQUIREMENTS", "HANDOVER", "ASSIGNMENT", "TRIAL", "DELIVERY", "QA");

    /** Every deal with what the figures need, and the day its customer first ordered (over all deals). */
    static final String DEALS = "select d.id, d.customer_id, d.director, coalesce(d.intermediary, '') intermediary, "
            + "d.work_category category, d.order_type = 'RECURRING' recurring, d.demand_amount demand, "
            + "d.ordered_amount ordered, d.lead_on, d.ordered_on, d.lost_on, d.stage_reached, "
            + "min(d.ordered_on) over (partition by d.customer_id) first_order_on from deal d";

    private KpiQueries() {}

    /** The select list: {@code array[...]} of the figures at the positions above. */
    static String figures() {
        String ordered = "ordered_on between {S} and {E}";
        List<String> v = new ArrayList<>();
        v.add("count(distinct customer_id)");
        v.add("coalesce(sum(demand), 0)");
        v.add("coalesce(sum(demand) filter (where lost_on between {S} and {E}), 0)");
        v.add("count(*) filter (where lost_on between {S} and {E})");
        v.add("count(distinct customer_id) filter (where " + ordered + ")");
        v.add("coalesce(sum(ordered) filter (where " + ordered + "), 0)");
        v.add("count(*) filter (where " + ordered + ")");
        v.add("coalesce(sum(ordered) filter (where " + ordered + " and recurring), 0)");
        v.add("count(distinct customer_id) filter (where " + ordered + " and first_order_on between {S} and {E})");
        v.add("coalesce(sum(case when recurring then ordered / 12.0 else ordered end) filter (where " + ordered
                + "), 0)");
        String rank = "array_position(array['" + String.join("','", STEPS) + "']::varchar[], stage_reached)";
        for (int k = 1; k <= FUNNEL_STEPS; k++) {
            v.add("count(*) filter (where " + rank + " >= " + k + ")");
        }
        for (int m = 0; m < 12; m++) {
            v.add("coalesce(sum(demand) filter (where lead_on >= " + month(m) + " and lead_on < " + month(m + 1)
                    + "), 0)");
        }
        for (int m = 0; m < 12; m++) {
            v.add("coalesce(sum(ordered) filter (where ordered_on >= " + month(m) + " and ordered_on < " + month(m + 1)
                    + "), 0)");
        }
        return "array[" + String.join(", ", v) + "]::numeric[]";
    }

    private static String month(int m) {
        return "({S} + interval '" + m + " month')::date";
    }

    /**
     * One year, one filter: the deals in negotiation at some time of the year (a lead by its end, not ordered or
     * lost before its start). The filter's values are bind parameters; the dates are literals so that the planner
     * sees them.
     */
    static String live(int fiscalYear, LocalDate today, String filters) {
        return yearDeals(fiscalYear, today, filters) + " select "
                + figures().replace("{S}", first(fiscalYear)).replace("{E}", last(fiscalYear)) + " from f";
    }

    /** {@code with b as (…), f as (…)}: f holds the year's deals in negotiation (with the filters applied). */
    static String yearDeals(int fiscalYear, LocalDate today, String filters) {
        return "with b as (" + DEALS + "), f as (select * from b where lead_on <= " + last(fiscalYear)
                + " and coalesce(ordered_on, lost_on, date '" + today + "') >= " + first(fiscalYear) + filters + ")";
    }

    static String first(int fiscalYear) {
        return "date '" + FiscalYears.first(fiscalYear) + "'";
    }

    static String last(int fiscalYear) {
        return "date '" + FiscalYears.last(fiscalYear) + "'";
    }

    /** Every year a deal was in negotiation, every combination of the filters ('*' for all). */
    static String rollup(LocalDate today) {
        int shift = FiscalYears.startMonth() - 1;
        String fy = "extract(year from (%s - interval '" + shift + " month'))::int";
        return ("with b as (" + DEALS + "), x as (select b.*, fy, make_date(fy, " + FiscalYears.startMonth()
                        + ", 1) fs "
                        + "from b cross join lateral generate_series(" + fy.formatted("lead_on") + ", "
                        + fy.formatted("coalesce(ordered_on, lost_on, date '" + today + "')") + ") fy) "
                        + "select fy, case when grouping(director) = 1 then '*' else director end, "
                        + "case when grouping(intermediary) = 1 then '*' else intermediary end, "
                        + "case when grouping(category) = 1 then '*' else category end, " + figures()
                        + " from x group by fy, cube(director, intermediary, category)")
                .replace("{S}", "fs")
                .replace("{E}", "(fs + interval '1 year' - interval '1 day')::date");
    }
}
