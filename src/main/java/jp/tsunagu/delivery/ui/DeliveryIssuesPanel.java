package jp.tsunagu.delivery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jp.tsunagu.delivery.BatchRow;
import jp.tsunagu.delivery.QualityRecords;
import jp.tsunagu.sla.MonitorPanel;

/** On the SLA monitor: batches late or short in the last 90 days, and those still overdue. */
@org.springframework.stereotype.Component
class DeliveryIssuesPanel implements MonitorPanel {

    static final int DAYS = 90;
    static final int LIMIT = 100;

    private final QualityRecords records;

    DeliveryIssuesPanel(QualityRecords records) {
        this.records = records;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        Div panel = new Div();
        panel.setId("delivery-issues-panel");
        panel.setWidthFull();
        panel.add(new H3(panel.getTranslation("delivery.issues")));
        Paragraph explain = new Paragraph(panel.getTranslation("delivery.issues.explain", DAYS));
        explain.addClassName("card-ref");
        Grid<BatchRow> grid = DeliverySection.batchGrid(panel, false);
        grid.setItems(records.deliveryIssues(DAYS, LIMIT));
        panel.add(explain, grid);
        return panel;
    }
}
