package jp.tsunagu.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.ui.TableGrid;
import jp.tsunagu.kpi.Kpi;
import jp.tsunagu.kpi.KpiFilter;
import jp.tsunagu.kpi.KpiService;

/** The deals, customers or facilities behind one figure; a row opens its page; the list downloads as CSV or Excel. */
class DrillDialog extends Dialog {

    final Grid<Table.Row> grid;
    final Table table;

    DrillDialog(KpiService kpis, Kpi kpi, KpiFilter filter) {
        table = kpis.drill(kpi, filter, getLocale());
        setHeaderTitle(getTranslation("kpi.drill.title", getTranslation(kpi.messageKey())));
        setWidth("min(72em, 96vw)");
        Paragraph def = new Paragraph(getTranslation(kpi.messageKey() + ".def"));
        def.addClassName("card-ref");
        grid = TableGrid.of(table);
        grid.setId("drill-grid");
        grid.setHeight("28em");
        grid.addItemClickListener(e -> {
            if (e.getItem().link() != null) {
                close();
                getUI().ifPresent(ui -> ui.navigate(e.getItem().link()));
            }
        });
        Paragraph count = new Paragraph(
                table.rows().isEmpty()
                        ? getTranslation("kpi.drill.empty")
                        : table.rows().size() >= KpiService.DRILL_LIMIT
                                ? getTranslation("kpi.drill.limited", KpiService.DRILL_LIMIT)
                                : table.rows().size()
                                        + (getLocale().getLanguage().equals("ja") ? " 件" : ""));
        count.setId("drill-count");
        String file = "kpi-" + kpi.name().toLowerCase(Locale.ROOT);
        HorizontalLayout downloads = new HorizontalLayout(
                count,
                TableGrid.download(getTranslation("kpi.export.csv"), file, () -> table, false),
                TableGrid.download(getTranslation("kpi.export.xlsx"), file, () -> table, true));
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(def, downloads, grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
