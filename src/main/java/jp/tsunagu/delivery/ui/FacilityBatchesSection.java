package jp.tsunagu.delivery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.FacilityDealSection;
import jp.tsunagu.delivery.BatchRow;
import jp.tsunagu.delivery.BatchState;
import jp.tsunagu.delivery.FacilityDeliveries;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.documents.ui.DocumentsPanel;

/**
 * A facility's batches of a job, the next one due first: what to deliver by when, and a form to report a delivery
 * (pieces, workers, hours) that the intermediary then confirms. On the job list and on the offer page.
 */
@org.springframework.stereotype.Component
class FacilityBatchesSection implements FacilityDealSection {

    private final FacilityDeliveries deliveries;
    private final DocumentService documents;

    FacilityBatchesSection(FacilityDeliveries deliveries, DocumentService documents) {
        this.deliveries = deliveries;
        this.documents = documents;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public boolean onJobs() {
        return true;
    }

    @Override
    public Component create(long dealId) {
        Div section = new Div();
        section.addClassName("facility-batches");
        fill(section, dealId);
        return section;
    }

    private void fill(Div section, long dealId) {
        section.removeAll();
        List<BatchRow> batches = deliveries.mine(dealId);
        section.add(new H4(section.getTranslation("report.batches")));
        if (batches.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("report.noBatches")));
            return;
        }
        for (BatchRow b : batches) {
            Div card = new Div();
            card.addClassName("batch-card");
            card.getElement().setAttribute("data-batch", String.valueOf(b.id()));
            Span state = Badges.of(
                    section.getTranslation("batch.state." + b.state()),
                    b.state() == BatchState.ACCEPTED ? "status-completed" : b.late() ? "overdue" : "due");
            Span what = new Span(section.getTranslation(
                    "report.batch", b.cycle(), Formats.date(b.dueOn()), String.format("%,d", b.plannedQuantity())));
            card.add(state, what);
            if (b.report() != null) {
                Paragraph reported = new Paragraph(section.getTranslation(
                        "report.done",
                        String.format("%,d", b.report().quantity()),
                        b.report().workers(),
                        b.report().hours().stripTrailingZeros().toPlainString(),
                        Formats.dateTime(b.report().at())));
                reported.addClassName("batch-reported");
                card.add(reported);
            } else if (b.state() == BatchState.OPEN) {
                card.add(reportForm(section, dealId, b));
            }
            // The deliverables (and error sheets sent back) go with the batch: this facility and the office see them.
            DocumentsPanel files = DocumentsPanel.at(documents, AttachedTo.BATCH, b.id(), true);
            files.addClassName("batch-documents");
            card.add(files);
            section.add(card);
        }
    }

    private Div reportForm(Div section, long dealId, BatchRow b) {
        IntegerField pieces = new IntegerField(section.getTranslation("report.pieces"));
        pieces.setMin(1);
        pieces.setMax(b.plannedQuantity());
        pieces.setValue(b.plannedQuantity());
        pieces.addClassName("report-pieces");
        IntegerField workers = new IntegerField(section.getTranslation("report.workers"));
        workers.setMin(1);
        workers.addClassName("report-workers");
        BigDecimalField hours = new BigDecimalField(section.getTranslation("report.hours"));
        hours.addClassName("report-hours");
        Button send = new Button(section.getTranslation("report.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("report-send");
        Map<String, HasValidation> fields = Map.of("pieces", pieces, "workers", workers, "hours", hours);
        send.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            // Every empty field at once, in the facility's words; the service checks the rest.
            boolean missing = false;
            if (pieces.getValue() == null || pieces.getValue() <= 0) {
                missing = mark(section, pieces, "report.pieces.positive");
            }
            if (workers.getValue() == null || workers.getValue() <= 0) {
                missing = mark(section, workers, "report.workers.positive");
            }
            if (hours.getValue() == null || hours.getValue().signum() <= 0) {
                missing = mark(section, hours, "report.hours.positive");
            }
            if (missing) {
                return;
            }
            try {
                deliveries.report(b.id(), pieces.getValue(), workers.getValue(), hours.getValue());
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, fields, section);
                return;
            }
            Notifications.success(section.getTranslation("report.sent"));
            fill(section, dealId);
        });
        Div form = new Div(pieces, workers, hours, send);
        form.addClassName("report-form");
        return form;
    }

    private static boolean mark(Div section, HasValidation field, String key) {
        field.setErrorMessage(section.getTranslation(key));
        field.setInvalid(true);
        return true;
    }
}
