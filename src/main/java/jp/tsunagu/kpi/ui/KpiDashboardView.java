package jp.tsunagu.kpi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.ChartJs;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.TableGrid;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.kpi.Kpi;
import jp.tsunagu.kpi.KpiFilter;
import jp.tsunagu.kpi.KpiFormat;
import jp.tsunagu.kpi.KpiPlanService;
import jp.tsunagu.kpi.KpiReport;
import jp.tsunagu.kpi.KpiService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.tier.WageTiers;

/**
 * The programme's KPIs for a fiscal year as the report's table (plan, actual, difference, coloured; each figure's
 * definition under its name; its details one click away), filtered by director, intermediary or kind of work, with
 * the charts: funnel, demand and orders by month, lead-time distribution, wages before and after, and the training
 * material's stacked bar of production by kind of work against the target wage total.
 */
@Route("kpi")
@Menu(order = 31, icon = "vaadin:chart", title = "nav.kpi")
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
class KpiDashboardView extends VerticalLayout implements HasDynamicTitle {

    static final String PC_COLOUR = "#2d4ea3";
    static final String OTHER_COLOUR = "#1f7a5a";

    final Select<Integer> year = new Select<>();
    final Select<String> director = new Select<>();
    final Select<String> intermediary = new Select<>();
    final Select<WorkCategory> category = new Select<>();
    final Span freshness = new Span();
    final Span filtered = new Span();
    final Grid<Kpi> grid = new Grid<>();
    final ChartJs funnel = chart("kpi-funnel");
    final ChartJs monthly = chart("kpi-monthly");
    final ChartJs leadTimes = chart("kpi-leadtimes");
    final ChartJs wages = chart("kpi-wages");
    final ChartJs production = chart("kpi-production");
    final Paragraph productionNote = new Paragraph();
    final Span tierUp = new Span();
    private final KpiService kpis;
    private final KpiPlanService plans;
    KpiReport report;

    private final WageTiers tiers;

    KpiDashboardView(KpiService kpis, KpiPlanService plans, WageTiers tiers, Clock clock) {
        this.tiers = tiers;
        this.plans = plans;
        this.kpis = kpis;
        setWidthFull();
        int thisYear = FiscalYears.of(YearMonth.now(clock));
        year.setLabel(getTranslation("kpi.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 1)
                .boxed()
                .sorted(Comparator.reverseOrder())
                .toList());
        year.setItemLabelGenerator(y -> getTranslation("kpi.yearLabel", String.valueOf(y)));
        year.setValue(thisYear);
        year.setId("kpi-year");
        Map<String, Map<String, String>> owners = kpis.owners();
        people(director, "kpi.director", owners.get("director"), "kpi-director");
        people(intermediary, "kpi.intermediary", owners.get("intermediary"), "kpi-intermediary");
        category.setLabel(getTranslation("kpi.category"));
        category.setItems(WorkCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("kpi.all"));
        category.setItemLabelGenerator(
                c -> c == null ? getTranslation("kpi.all") : getTranslation("category." + c.name()));
        category.setId("kpi-category");
        List.of(year, director, intermediary, category).forEach(s -> s.addValueChangeListener(e -> refresh()));

        Button plan = new Button(getTranslation("kpi.editPlan"), VaadinIcon.EDIT.create(), e -> new PlanDialog(
                        plans, year.getValue(), this::refresh)
                .open());
        plan.setId("kpi-edit-plan");
        Button cost =
                new Button(getTranslation("kpi.editCost"), VaadinIcon.COIN_PILES.create(), e -> new SalesCostDialog(
                                plans, year.getValue(), this::refresh)
                        .open());
        cost.setId("kpi-edit-cost");
        Anchor history = new Anchor("deals/history", getTranslation("history.open"));
        history.setId("kpi-history-import");
        Anchor csv = TableGrid.download(
                getTranslation("kpi.export.csv"), "kpi", () -> kpis.table(report, getLocale()), false);
        csv.setId("kpi-export-csv");
        Anchor xlsx = TableGrid.download(
                getTranslation("kpi.export.xlsx"), "kpi", () -> kpis.table(report, getLocale()), true);
        xlsx.setId("kpi-export-xlsx");
        HorizontalLayout filters = new HorizontalLayout(year, director, intermediary, category);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(plan, cost, csv, xlsx, history);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        freshness.setId("kpi-freshness");
        freshness.addClassName("card-ref");
        filtered.addClassName("card-ref");
        filtered.setText(getTranslation("kpi.filtered"));
        configureGrid();

        Div charts = new Div(
                box("kpi.chart.funnel", funnel),
                box("kpi.chart.monthly", monthly),
                box("kpi.chart.leadTime", leadTimes),
                box("kpi.chart.wages", wages));
        charts.addClassName("kpi-charts");
        productionNote.addClassName("card-ref");
        Div productionBox = box("kpi.chart.production", production);
        productionBox.add(productionNote);
        productionBox.addClassName("kpi-wide");
        charts.add(productionBox);
        tierUp.setId("kpi-tier-up");
        tierUp.addClassName("kpi-tier-up");
        add(filters, actions, freshness, filtered, grid, tierUp, charts);
        refresh();
    }

    private void people(Select<String> select, String label, Map<String, String> names, String id) {
        select.setLabel(getTranslation(label));
        select.setItems(names.keySet());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("kpi.all"));
        select.setItemLabelGenerator(n -> n == null ? getTranslation("kpi.all") : names.getOrDefault(n, n));
        select.setId(id);
    }

    private void configureGrid() {
        grid.setId("kpi-table");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(k -> {
                    Div name = new Div(new Span(getTranslation(k.messageKey())));
                    name.addClassName("kpi-name");
                    Div def = new Div(getTranslation(k.messageKey() + ".def"));
                    def.addClassName("kpi-def");
                    return new Div(name, def);
                })
                .setHeader(getTranslation("kpi.figure"))
                .setFlexGrow(3)
                .setKey("figure");
        grid.addColumn(k -> KpiFormat.value(k, report.plan().get(k), getLocale()))
                .setHeader(getTranslation("kpi.plan"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("plan");
        grid.addColumn(k -> KpiFormat.value(k, report.actual().get(k), getLocale()))
                .setHeader(getTranslation("kpi.actual"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actual")
                .setPartNameGenerator(k -> "kpi-actual");
        grid.addComponentColumn(k -> {
                    Span s = new Span(KpiFormat.difference(k, report.difference(k), getLocale()));
                    Boolean better = report.better(k);
                    if (better != null) {
                        s.addClassName(better ? "ledger-up" : "ledger-down");
                    }
                    return s;
                })
                .setHeader(getTranslation("kpi.difference"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("difference");
        grid.addComponentColumn(k -> {
                    Button b = new Button(
                            getTranslation("kpi.drill"), e -> new DrillDialog(kpis, k, report.filter()).open());
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    b.setId("drill-" + k.name());
                    return b;
                })
                .setHeader(getTranslation("kpi.drill"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("drill");
    }

    void refresh() {
        tierUp.setText(getTranslation("kpi.tierUp.value", tiers.movedUpIn(year.getValue())));
        KpiFilter filter;
        try {
            filter = new KpiFilter(year.getValue(), director.getValue(), intermediary.getValue(), category.getValue());
            report = kpis.report(filter);
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.params()));
            return;
        }
        boolean reused = report.source() == KpiReport.Source.LIVE && kpis.reusesLiveFigures();
        freshness.setText(getTranslation(
                "kpi.source." + report.source().name() + (reused ? ".reused" : ""),
                Formats.dateTime(report.asOf()),
                Math.max(1, kpis.liveReuse().toMinutes())));
        filtered.setVisible(filter.byPerson() || filter.category() != null);
        grid.setItems(Kpi.values());
        KpiCharts.draw(this, report);
    }

    private static ChartJs chart(String id) {
        ChartJs c = new ChartJs();
        c.setId(id);
        c.setHeight("17em");
        c.setWidthFull();
        return c;
    }

    private Div box(String titleKey, Component chart) {
        if (chart instanceof ChartJs c) {
            c.setTitle(getTranslation(titleKey));
        }
        Div box = new Div(new H2(getTranslation(titleKey)), chart);
        box.addClassName("kpi-chart");
        return box;
    }

    /** The page's language, for the charts' number formats. */
    Locale locale() {
        return getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kpi.title");
    }
}
