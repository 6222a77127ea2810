package jp.tsunagu.base.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Supplier;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.TableExport;

/** A {@link Table} on screen (numbers right-aligned, written as the office writes them) and its download links. */
@SuppressWarnings("removal")
public final class TableGrid {

    private TableGrid() {}

    public static Grid<Table.Row> of(Table table) {
        Grid<Table.Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (int i = 0; i < table.columns().size(); i++) {
            int index = i;
            Table.Column c = table.columns().get(i);
            Grid.Column<Table.Row> column = grid.addColumn(r -> cell(r.cells().get(index), c.kind()))
                    .setHeader(c.header())
                    .setResizable(true)
                    .setAutoWidth(true)
                    .setComparator(
                            (a, b) -> compare(a.cells().get(index), b.cells().get(index)));
            if (c.kind() != Table.Kind.TEXT && c.kind() != Table.Kind.DATE) {
                column.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setItems(table.rows());
        return grid;
    }

    /** One cell as shown: ¥1,234,000, 26.0%, 5.2, 2026/11/21. */
    public static String cell(Object v, Table.Kind kind) {
        if (v == null || "".equals(v)) {
            return "";
        }
        return switch (kind) {
            case YEN -> v instanceof Number n ? Formats.yen(Math.round(n.doubleValue())) : v.toString();
            case PERCENT -> v instanceof Number n ? round(n.doubleValue() * 100) + "%" : v.toString();
            case DAYS -> v instanceof Number n ? round(n.doubleValue()) : v.toString();
            case COUNT -> v instanceof Number n ? Formats.number(BigDecimal.valueOf(n.doubleValue())) : v.toString();
            case DATE -> v instanceof LocalDate d ? Formats.date(d) : v.toString();
            case TEXT -> v.toString();
        };
    }

    /** Links that download the table as CSV and as Excel, built when clicked. */
    public static Anchor download(String label, String fileName, Supplier<Table> table, boolean excel) {
        Anchor a = new Anchor(
                new StreamResource(
                        fileName + (excel ? ".xlsx" : ".csv"),
                        () -> new ByteArrayInputStream(
                                excel ? TableExport.xlsx(table.get()) : TableExport.csv(table.get()))),
                label);
        a.getElement().setAttribute("download", true);
        a.addClassName("download-link");
        return a;
    }

    private static String round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Numbers by value before anything else, dates by date, then text; empty cells last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        boolean emptyA = a == null || "".equals(a);
        boolean emptyB = b == null || "".equals(b);
        if (emptyA || emptyB) {
            return Boolean.compare(emptyA, emptyB);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable c) {
            return c.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }
}
