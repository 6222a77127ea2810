package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.SlaMonitor;
import jp.tsunagu.sla.SlaMonitor.LongPause;

/**
 * Clocks paused for longer than the setting: a pause nobody ended takes a hand-off out of every figure, so the
 * supervisor sees each one, how long and why, and opens its deal with a click.
 */
class LongPausesPanel extends VerticalLayout {

    final Grid<LongPause> grid = new Grid<>();

    LongPausesPanel(SlaMonitor monitor, UserDirectory users) {
        setPadding(false);
        setId("long-pauses");
        add(new H2(getTranslation("sla.longPauses.title", monitor.longPauseDays())));
        List<LongPause> pauses = monitor.longPauses();
        if (pauses.isEmpty()) {
            add(new Paragraph(getTranslation("sla.longPauses.none", monitor.longPauseDays())));
            return;
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(LongPause::title).setHeader(getTranslation("deal.title")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("stage." + p.stage()))
                .setHeader(getTranslation("sla.col.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> getTranslation("sla.days", Math.floor(p.businessDays() * 10) / 10))
                .setHeader(getTranslation("sla.longPauses.for"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.pausedAt()))
                .setHeader(getTranslation("sla.longPauses.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> users.displayName(p.pausedBy()))
                .setHeader(getTranslation("sla.longPauses.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LongPause::reason)
                .setHeader(getTranslation("sla.pause.reason"))
                .setFlexGrow(2);
        grid.setItems(pauses);
        grid.setAllRowsVisible(pauses.size() <= 10);
        if (pauses.size() > 10) {
            grid.setHeight("24em");
        }
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("deals/" + e.getItem().dealId())));
        add(grid);
    }
}
