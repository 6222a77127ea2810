package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.sla.AgreementKind;
import jp.tsunagu.sla.SlaHistory;
import jp.tsunagu.sla.SlaHistory.Behind;
import jp.tsunagu.sla.SlaHistory.LeadTime;

/**
 * Lead times per hand-off and kind of work in the period; a click on a row lists the deals behind the
 * figure, slowest first.
 */
class LeadTimePanel extends VerticalLayout {

    private final SlaHistory monitor;
    final Grid<LeadTime> grid = new Grid<>();
    final Select<AgreementKind> kind = new Select<>();
    private List<LeadTime> stats = List.of();
    private LocalDate from;
    private LocalDate to;

    LeadTimePanel(SlaHistory monitor) {
        this.monitor = monitor;
        setPadding(false);
        grid.setId("sla-lead-times");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        kind.setLabel(getTranslation("sla.col.kind"));
        kind.setItems(AgreementKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("sla.kind.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("sla.kind.all") : getTranslation("sla.kind." + k));
        kind.setId("sla-lead-kind");
        kind.addValueChangeListener(e -> showKind());
        grid.addColumn(l -> getTranslation("sla.kind." + AgreementKind.of(l.stage())))
                .setHeader(getTranslation("sla.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation("stage." + l.stage())).setHeader(getTranslation("sla.col.stage"));
        grid.addColumn(l -> getTranslation("category." + l.category())).setHeader(getTranslation("deal.category"));
        grid.addColumn(LeadTime::count)
                .setHeader(getTranslation("sla.lead.count"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> SlaMonitorView.fmt(l.median()))
                .setHeader(getTranslation("sla.lead.median"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> SlaMonitorView.fmt(l.p90()))
                .setHeader(getTranslation("sla.lead.p90"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(l -> Badges.of(
                        Math.round(l.shareMet() * 100) + "%",
                        l.shareMet() >= 0.9 ? "sla-ok" : l.shareMet() >= 0.7 ? "sla-warn" : "overdue"))
                .setHeader(getTranslation("sla.lead.met"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> SlaMonitorView.fmt(l.pausedDays()))
                .setHeader(getTranslation("sla.lead.paused"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sla.lead.empty"));
        grid.addItemClickListener(e -> drillDown(e.getItem()));
        add(kind, grid);
    }

    void show(List<LeadTime> stats, LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        this.stats = stats;
        showKind();
    }

    /** The hand-offs of the agreement kind chosen (SLA, OLA, UC), or all. */
    private void showKind() {
        AgreementKind k = kind.getValue();
        grid.setItems(
                k == null
                        ? stats
                        : stats.stream()
                                .filter(l -> AgreementKind.of(l.stage()) == k)
                                .toList());
    }

    void drillDown(LeadTime figure) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                "sla.behind.title",
                getTranslation("stage." + figure.stage()),
                getTranslation("category." + figure.category()),
                figure.count()));
        Grid<Behind> deals = new Grid<>();
        deals.setId("sla-behind");
        deals.addColumn(Behind::title).setHeader(getTranslation("deal.title")).setFlexGrow(2);
        deals.addColumn(Behind::customer).setHeader(getTranslation("deal.customer"));
        deals.addColumn(b -> SlaMonitorView.fmt(b.usedDays()) + " / " + SlaMonitorView.fmt(b.targetDays()))
                .setHeader(getTranslation("sla.col.used"))
                .setTextAlign(ColumnTextAlign.END);
        deals.addComponentColumn(b -> Badges.of(
                        getTranslation(b.met() ? "sla.state.MET" : "sla.state.MISSED"),
                        b.met() ? "status-completed" : "overdue"))
                .setHeader(getTranslation("sla.col.state"));
        deals.addColumn(b -> Formats.dateTime(b.stoppedAt())).setHeader(getTranslation("sla.col.stopped"));
        deals.setItems(
                q -> monitor.behind(figure.stage(), figure.category(), from, to, q.getOffset(), q.getLimit()).stream(),
                q -> (int) figure.count());
        deals.addItemClickListener(e -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate("deals/" + e.getItem().dealId()));
        });
        dialog.add(deals);
        dialog.setWidth("60em");
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
