package jp.tsunagu.wages.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.ui.ChartJs;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.TableGrid;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.wages.LedgerRow;
import jp.tsunagu.wages.WageLedger;

/**
 * The wage ledger (工賃台帳): per facility and month, what the programme paid for accepted work, the workers and
 * hours, the monthly wage per worker against the facility's wage before it joined; a chart of before and after by
 * facility; and the forms in which the facility or the intermediary enter workers, hours and the wage before.
 */
@Route("wages")
@Menu(order = 34, icon = "vaadin:wallet", title = "nav.wages")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
class WageLedgerView extends VerticalLayout implements HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Select<Integer> year = new Select<>();
    final Grid<LedgerRow> grid = new Grid<>();
    final ChartJs chart = new ChartJs();
    private final WageLedger ledger;
    private final Clock clock;

    WageLedgerView(WageLedger ledger, CurrentUser currentUser, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
        int thisYear = FiscalYears.of(YearMonth.now(clock));
        year.setLabel(getTranslation("wages.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear)
                .boxed()
                .sorted(Comparator.reverseOrder())
                .toList());
        year.setItemLabelGenerator(y -> getTranslation("wages.yearLabel", String.valueOf(y)));
        year.setValue(thisYear);
        year.setId("wages-year");
        year.addValueChangeListener(e -> refresh());
        Paragraph explain = new Paragraph(getTranslation("wages.explain"));
        explain.addClassName("card-ref");

        chart.setId("wages-chart");
        chart.setTitle(getTranslation("wages.chart"));
        chart.setHeight("18em");
        chart.setWidthFull();
        configureGrid();
        // The ledger as a file for the prefecture's reports: the same rows, CSV (UTF-8 with BOM) or Excel.
        HorizontalLayout exports = new HorizontalLayout(
                TableGrid.download(getTranslation("kpi.export.csv"), "wage-ledger", this::table, false),
                TableGrid.download(getTranslation("kpi.export.xlsx"), "wage-ledger", this::table, true));
        exports.setId("wages-exports");
        add(
                year,
                explain,
                new H2(getTranslation("wages.chart")),
                chart,
                new H2(getTranslation("wages.table")),
                exports,
                grid);
        if (currentUser.hasRole(AppRoles.INTERMEDIARY) || currentUser.hasRole(AppRoles.FACILITY)) {
            add(new H2(getTranslation("wages.enter")), new WageEntryForm(ledger, clock, this::refresh));
        }
        refresh();
    }

    private void configureGrid() {
        grid.setId("wage-ledger");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.isTotal()
                        ? getTranslation("wages.total")
                        : Formats.date(r.month()).substring(0, 7))
                .setHeader(getTranslation("sheet.month"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("month");
        grid.addColumn(LedgerRow::facilityName)
                .setHeader(getTranslation("trial.facility"))
                .setWidth("12em")
                .setFlexGrow(2)
                .setKey("facility")
                .setResizable(true);
        grid.addColumn(r -> Formats.yen(r.paid()))
                .setHeader(getTranslation("wages.paid"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("paid");
        grid.addColumn(LedgerRow::batches)
                .setHeader(getTranslation("wages.batches"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.workersMissing()
                        ? missing()
                        : new Span(
                                r.workers() == null
                                        ? "—"
                                        : r.isTotal()
                                                ? getTranslation("wages.workerMonths", r.workers())
                                                : String.valueOf(r.workers())))
                .setHeader(getTranslation("wages.workers"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("workers");
        grid.addColumn(r -> r.hours() == null ? "—" : Formats.number(r.hours()))
                .setHeader(getTranslation("wages.hours"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> r.perWorker() == null ? "—" : Formats.yen(r.perWorker()))
                .setHeader(getTranslation("wages.perWorker"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("perWorker");
        grid.addColumn(r ->
                        r.perHour() == null ? "—" : getTranslation("wage.perHour", String.format("%,d", r.perHour())))
                .setHeader(getTranslation("wages.perHour"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> r.wageBefore() == null
                        ? "—"
                        : Formats.yen(r.wageBefore().longValue()))
                .setHeader(getTranslation("wages.before"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("before");
        grid.addComponentColumn(r -> {
                    Long diff = r.difference();
                    if (diff == null) {
                        return new Span("—");
                    }
                    Span s = new Span((diff >= 0 ? "+" : "−") + Formats.yen(Math.abs(diff)));
                    s.addClassName(diff >= 0 ? "ledger-up" : "ledger-down");
                    return s;
                })
                .setHeader(getTranslation("wages.difference"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("difference");
        grid.setPartNameGenerator(r -> r.isTotal() ? "total-row" : null);
        grid.setEmptyStateText(getTranslation("wages.none"));
    }

    private Span missing() {
        Span s = new Span(getTranslation("wages.workers.missing"));
        s.addClassName("ledger-missing");
        return s;
    }

    /** The rows on screen, for the exports. */
    private List<LedgerRow> shown = List.of();

    /** The ledger as a table: one row per month and facility, then each facility's total for the year. */
    Table table() {
        var text = Table.Kind.TEXT;
        var count = Table.Kind.COUNT;
        var yen = Table.Kind.YEN;
        List<Table.Column> columns = List.of(
                new Table.Column(getTranslation("sheet.month"), text),
                new Table.Column(getTranslation("trial.facility"), text),
                new Table.Column(getTranslation("wages.paid"), yen),
                new Table.Column(getTranslation("wages.batches"), count),
                new Table.Column(getTranslation("wages.workers"), count),
                new Table.Column(getTranslation("wages.hours"), Table.Kind.DAYS),
                new Table.Column(getTranslation("wages.perWorker"), yen),
                new Table.Column(getTranslation("wages.perHour"), yen),
                new Table.Column(getTranslation("wages.before"), yen),
                new Table.Column(getTranslation("wages.difference"), yen));
        List<Table.Row> rows = shown.stream()
                .map(r -> new Table.Row(
                        Arrays.asList(
                                r.isTotal()
                                        ? getTranslation("wages.total")
                                        : Formats.date(r.month()).substring(0, 7),
                                r.facilityName(),
                                r.paid(),
                                r.batches(),
                                r.workers(),
                                r.hours(),
                                r.perWorker(),
                                r.perHour(),
                                r.wageBefore() == null ? null : r.wageBefore().longValue(),
                                r.difference()),
                        "facilities/" + r.facilityId()))
                .toList();
        return new Table(getTranslation("wages.yearLabel", String.valueOf(year.getValue())), columns, rows);
    }

    void refresh() {
        int fy = year.getValue();
        List<LedgerRow> rows =
                ledger.ledger(YearMonth.from(FiscalYears.first(fy)), YearMonth.from(FiscalYears.last(fy)), null);
        shown = rows;
        grid.setItems(rows);
        drawChart(rows.stream().filter(LedgerRow::isTotal).toList());
    }

    private void drawChart(List<LedgerRow> totals) {
        List<String> labels = totals.stream().map(LedgerRow::facilityName).toList();
        List<Long> before = totals.stream()
                .map(r -> r.wageBefore() == null ? null : r.wageBefore().longValue())
                .toList();
        List<Long> after = totals.stream().map(LedgerRow::perWorker).toList();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        List<Map<String, Object>> datasets = new ArrayList<>();
        datasets.add(Map.of("label", getTranslation("wages.before"), "data", before, "backgroundColor", "#b0b7c3"));
        datasets.add(Map.of("label", getTranslation("wages.perWorker"), "data", after, "backgroundColor", "#2f7d62"));
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put(
                "options",
                Map.of(
                        "responsive",
                        true,
                        "maintainAspectRatio",
                        false,
                        "scales",
                        Map.of(
                                "y",
                                Map.of(
                                        "beginAtZero",
                                        true,
                                        "title",
                                        Map.of("display", true, "text", getTranslation("wages.axis"))))));
        try {
            chart.setConfig(JSON.writeValueAsString(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.wages");
    }
}
