package jp.tsunagu.kpi;

import jp.tsunagu.base.Table;

/**
 * The figures of the programme's report, in its order. Each has a kind (how it is shown), which way is better
 * (to colour the difference from the plan), and what its drill-down lists. Names and definitions are the message
 * keys {@code kpi.NAME} and {@code kpi.NAME.def}.
 */
public enum Kpi {
    LEAD_CUSTOMERS(Table.Kind.COUNT, true, Drill.LEAD_CUSTOMERS),
    DEMAND(Table.Kind.YEN, true, Drill.NEGOTIATED_DEALS),
    LOST_TOTAL(Table.Kind.YEN, false, Drill.LOST_DEALS),
    ORDERING_CUSTOMERS(Table.Kind.COUNT, true, Drill.ORDERING_CUSTOMERS),
    CONTRACT_RATE(Table.Kind.PERCENT, true, Drill.ORDERING_CUSTOMERS),
    ORDER_TOTAL(Table.Kind.YEN, true, Drill.ORDERED_DEALS),
    ORDER_RATE(Table.Kind.PERCENT, true, Drill.ORDERED_DEALS),
    ARR(Table.Kind.YEN, true, Drill.RECURRING_DEALS),
    WAGE_BEFORE(Table.Kind.YEN, null, Drill.FACILITY_WAGES),
    WAGE_AFTER(Table.Kind.YEN, true, Drill.FACILITY_WAGES),
    WAGE_INCREASE(Table.Kind.YEN, true, Drill.FACILITY_WAGES),
    FACILITIES_REGISTERED(Table.Kind.COUNT, true, Drill.REGISTERED_FACILITIES),
    FACILITIES_ORDERED(Table.Kind.COUNT, true, Drill.ORDERED_FACILITIES),
    FACILITIES_CONTINUOUS_PC(Table.Kind.COUNT, true, Drill.CONTINUOUS_FACILITIES),
    CAC(Table.Kind.YEN, false, Drill.NEW_CUSTOMERS),
    LTV(Table.Kind.YEN, true, Drill.ORDERING_CUSTOMERS),
    MONTHLY_DEAL_PRICE(Table.Kind.YEN, true, Drill.ORDERED_DEALS),
    LEAD_TIME_PC(Table.Kind.DAYS, false, Drill.ASSIGNMENTS_PC),
    LEAD_TIME_PC_P90(Table.Kind.DAYS, false, Drill.ASSIGNMENTS_PC),
    LEAD_TIME_OTHER(Table.Kind.DAYS, false, Drill.ASSIGNMENTS_OTHER),
    LEAD_TIME_OTHER_P90(Table.Kind.DAYS, false, Drill.ASSIGNMENTS_OTHER);

    /** What a figure's drill-down lists. */
    public enum Drill {
        LEAD_CUSTOMERS,
        NEGOTIATED_DEALS,
        LOST_DEALS,
        ORDERING_CUSTOMERS,
        ORDERED_DEALS,
        RECURRING_DEALS,
        NEW_CUSTOMERS,
        FACILITY_WAGES,
        REGISTERED_FACILITIES,
        ORDERED_FACILITIES,
        CONTINUOUS_FACILITIES,
        ASSIGNMENTS_PC,
        ASSIGNMENTS_OTHER
    }

    private final Table.Kind kind;
    private final Boolean higherIsBetter;
    private final Drill drill;

    Kpi(Table.Kind kind, Boolean higherIsBetter, Drill drill) {
        this.kind = kind;
        this.higherIsBetter = higherIsBetter;
        this.drill = drill;
    }

    public Table.Kind kind() {
        return kind;
    }

    /** Whether more is better; {@code null} where neither is (the wage before the programme). */
    public Boolean higherIsBetter() {
        return higherIsBetter;
    }

    public Drill drill() {
        return drill;
    }

    public String messageKey() {
        return "kpi." + name();
    }
}
