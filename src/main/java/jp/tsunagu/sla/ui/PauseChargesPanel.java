package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.sla.PauseCharges;

/**
 * The supervisor's answer to "whose wait was it": the business time the period's ended pauses added, by party, and the
 * hand-offs' lead time without and with it.
 */
class PauseChargesPanel extends VerticalLayout {

    final Grid<PauseCharges.Charge> grid = new Grid<>();
    final Paragraph leadTime = new Paragraph();
    private final Paragraph none = new Paragraph();
    private final PauseCharges charges;

    PauseChargesPanel(PauseCharges charges) {
        this.charges = charges;
        setPadding(false);
        setId("pause-charges");
        Paragraph explain = new Paragraph(getTranslation("sla.charges.explain"));
        explain.addClassName("muted");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> getTranslation("sla.charged." + c.party()))
                .setHeader(getTranslation("sla.charges.party"))
                .setKey("party");
        grid.addColumn(PauseCharges.Charge::pauses)
                .setHeader(getTranslation("sla.charges.count"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("count");
        grid.addColumn(c -> getTranslation("sla.charges.hoursValue", c.businessSeconds() / 3600.0))
                .setHeader(getTranslation("sla.charges.hours"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("hours");
        none.setText(getTranslation("sla.charges.none"));
        leadTime.setId("pause-lead-time");
        add(new H2(getTranslation("sla.charges.title")), explain, grid, none, leadTime);
    }

    void show(LocalDate from, LocalDate to) {
        List<PauseCharges.Charge> rows = charges.byParty(from, to);
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        none.setVisible(rows.isEmpty());
        PauseCharges.LeadTimes t = charges.leadTimes(from, to);
        leadTime.setVisible(t.handOffs() > 0);
        leadTime.setText(getTranslation(
                "sla.charges.leadTime",
                t.handOffs(),
                String.format("%,.1f", t.averageSeconds() / 3600.0),
                String.format("%,.1f", t.averageWithPausesSeconds() / 3600.0)));
    }
}
