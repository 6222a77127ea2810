package jp.tsunagu.delivery.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.base.ui.TableGrid;
import jp.tsunagu.delivery.ErrorSheetRow;
import jp.tsunagu.delivery.ErrorTypeOption;
import jp.tsunagu.delivery.ErrorTypes;
import jp.tsunagu.delivery.QualityRecords;
import jp.tsunagu.security.AppRoles;

/**
 * The error-rate sheet (誤り率シート): every inspection of the period by facility, deal and month, with the errors
 * by kind and the rate, and each facility's total. Facility staff see their own facility's.
 */
@Route("quality/errors")
@Menu(order = 32, icon = "vaadin:check-square-o", title = "nav.errorSheet")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
class ErrorSheetView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from;
    final DatePicker to;
    final Grid<ErrorSheetRow> grid = new Grid<>();
    private final QualityRecords records;

    ErrorSheetView(QualityRecords records, ErrorTypes errorTypes, Clock clock) {
        this.records = records;
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from = DatePickers.create(getTranslation("sheet.from"), getLocale());
        to = DatePickers.create(getTranslation("sheet.to"), getLocale());
        from.setValue(FiscalYears.startOf(today));
        to.setValue(today);
        from.setId("sheet-from");
        to.setId("sheet-to");
        Button show = new Button(getTranslation("sheet.show"), VaadinIcon.REFRESH.create(), e -> refresh());
        show.setId("sheet-show");
        HorizontalLayout period = new HorizontalLayout(
                from,
                to,
                show,
                TableGrid.download(getTranslation("kpi.export.csv"), "error-sheet", this::table, false),
                TableGrid.download(getTranslation("kpi.export.xlsx"), "error-sheet", this::table, true));
        period.setWrap(true);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("error-sheet");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(r -> r.isTotal() ? "" : Formats.date(r.month()).substring(0, 7))
                .setHeader(getTranslation("sheet.month"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ErrorSheetRow::facilityName)
                .setHeader(getTranslation("trial.facility"))
                .setWidth("11em")
                .setFlexGrow(1)
                .setKey("facility")
                .setResizable(true);
        grid.addColumn(r -> r.isTotal() ? getTranslation("sheet.total") : r.dealTitle())
                .setHeader(getTranslation("inbox.column.deal"))
                .setWidth("14em")
                .setFlexGrow(2)
                .setKey("deal")
                .setResizable(true);
        grid.addColumn(ErrorSheetRow::inspections)
                .setHeader(getTranslation("sheet.inspections"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ErrorSheetRow::failed)
                .setHeader(getTranslation("sheet.failed"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Formats.number(BigDecimal.valueOf(r.piecesChecked())))
                .setHeader(getTranslation("sheet.checked"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        types = errorTypes.all();
        for (ErrorTypeOption type : types) {
            grid.addColumn(r -> r.errorsByType().getOrDefault(type.code(), 0L))
                    .setHeader(type.label(UI.getCurrent().getLocale()))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true)
                    .setKey("type-" + type.code());
        }
        grid.addColumn(ErrorSheetRow::errors)
                .setHeader(getTranslation("sheet.errors"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("errors");
        grid.addColumn(r -> r.rate().toPlainString() + "%")
                .setHeader(getTranslation("sheet.rate"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("rate");
        grid.setPartNameGenerator(r -> r.isTotal() ? "total-row" : null);
        grid.setEmptyStateText(getTranslation("sheet.none"));
        Paragraph explain = new Paragraph(getTranslation("sheet.explain"));
        explain.addClassName("card-ref");
        add(period, explain, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private List<ErrorTypeOption> types = List.of();
    /** The rows on screen, for the exports. */
    private List<ErrorSheetRow> shown = List.of();

    void refresh() {
        if (Refusals.attempt(
                Map.of("from", from, "to", to),
                this,
                () -> shown = records.errorSheet(from.getValue(), to.getValue(), null))) {
            grid.setItems(shown);
        }
    }

    /** The sheet as a table for the exports: the screen's columns, each kind of error its own, the rate in percent. */
    Table table() {
        var text = Table.Kind.TEXT;
        var count = Table.Kind.COUNT;
        List<Table.Column> columns = new ArrayList<>(List.of(
                new Table.Column(getTranslation("sheet.month"), text),
                new Table.Column(getTranslation("trial.facility"), text),
                new Table.Column(getTranslation("inbox.column.deal"), text),
                new Table.Column(getTranslation("sheet.inspections"), count),
                new Table.Column(getTranslation("sheet.failed"), count),
                new Table.Column(getTranslation("sheet.checked"), count)));
        types.forEach(t -> columns.add(new Table.Column(t.label(getLocale()), count)));
        columns.add(new Table.Column(getTranslation("sheet.errors"), count));
        columns.add(new Table.Column(getTranslation("sheet.rate"), Table.Kind.PERCENT));
        List<Table.Row> rows = shown.stream()
                .map(r -> {
                    List<Object> cells = new ArrayList<>(Arrays.asList(
                            r.isTotal() ? "" : Formats.date(r.month()).substring(0, 7),
                            r.facilityName(),
                            r.isTotal() ? getTranslation("sheet.total") : r.dealTitle(),
                            r.inspections(),
                            r.failed(),
                            r.piecesChecked()));
                    types.forEach(t -> cells.add(r.errorsByType().getOrDefault(t.code(), 0L)));
                    cells.add(r.errors());
                    cells.add(r.rate().movePointLeft(2));
                    return new Table.Row(cells, null);
                })
                .toList();
        return new Table(getTranslation("nav.errorSheet"), columns, rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.errorSheet");
    }
}
