package jp.tsunagu.delivery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.FormShortcuts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.delivery.BatchRow;
import jp.tsunagu.delivery.DeliveryPlanService;
import jp.tsunagu.delivery.DeliveryService;
import jp.tsunagu.delivery.ErrorTypeOption;
import jp.tsunagu.delivery.ErrorTypes;
import jp.tsunagu.delivery.InspectionForm;
import jp.tsunagu.delivery.PlanDetails;
import jp.tsunagu.delivery.Verdict;
import jp.tsunagu.pipeline.OpenTask;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskForm;

/**
 * The forms of a batch's tasks: the intermediary records the delivered quantity, the director the inspection
 * (pieces checked, errors by kind, the checks, with the verdict shown as it is typed), the intermediary the
 * rework. Each records and completes the task in one step (Ctrl+Enter).
 */
@org.springframework.stereotype.Component
class BatchTaskForms implements TaskForm {

    private final DeliveryService deliveries;
    private final DeliveryPlanService plans;
    private final ErrorTypes errorTypes;

    BatchTaskForms(DeliveryService deliveries, DeliveryPlanService plans, ErrorTypes errorTypes) {
        this.plans = plans;
        this.deliveries = deliveries;
        this.errorTypes = errorTypes;
    }

    @Override
    public boolean handles(PipelineTask task) {
        return task.isBatchTask();
    }

    @Override
    public Component create(OpenTask task, Runnable done) {
        Div form = new Div();
        form.addClassName("batch-form");
        form.setId("batch-form");
        BatchRow batch = deliveries.ofTask(task.taskId()).orElse(null);
        if (batch == null) {
            form.add(new Paragraph(form.getTranslation("task.gone")));
            return form;
        }
        form.add(new H3(form.getTranslation("batch.heading", batch.facilityName(), batch.cycle())));
        form.add(facts(form, batch));
        switch (task.task()) {
            case DELIVER_WORK -> deliverForm(form, batch, done);
            case INSPECT_QUALITY -> inspectForm(form, task, batch, done);
            default -> reworkForm(form, batch, done);
        }
        return form;
    }

    private Facts facts(Div form, BatchRow b) {
        Facts facts = new Facts();
        facts.setId("batch-facts");
        facts.fact("trial.facility", b.facilityName());
        Span due = new Span(Formats.date(b.dueOn()));
        facts.fact(
                "batch.due", b.late() ? new Span(due, Badges.of(form.getTranslation("batch.late"), "overdue")) : due);
        facts.fact("batch.planned", Formats.number(BigDecimal.valueOf(b.plannedQuantity())));
        if (b.deliveredQuantity() != null) {
            Span delivered = new Span(Formats.number(BigDecimal.valueOf(b.deliveredQuantity())) + "（"
                    + Formats.dateTime(b.deliveredAt()) + "）");
            facts.fact(
                    "batch.delivered",
                    b.shortBy() > 0
                            ? new Span(delivered, Badges.of(form.getTranslation("batch.short", b.shortBy()), "overdue"))
                            : delivered);
        }
        if (b.deliveryNote() != null) {
            facts.fact("batch.note", b.deliveryNote());
        }
        facts.fact("delivery.unitPrice", Formats.yenPrice(b.unitPrice()));
        if (!b.inspections().isEmpty()) {
            facts.fact(
                    "batch.inspections",
                    b.inspections().stream()
                            .map(i -> form.getTranslation(
                                            i.passed() ? "batch.inspection.passed" : "batch.inspection.failed",
                                            i.round(),
                                            i.rate().toPlainString(),
                                            i.errors(),
                                            i.piecesChecked())
                                    + (i.note() == null ? "" : "（" + i.note() + "）"))
                            .reduce((x, y) -> x + " → " + y)
                            .orElse(""));
        }
        return facts;
    }

    private void deliverForm(Div form, BatchRow batch, Runnable done) {
        IntegerField quantity = new IntegerField(form.getTranslation("batch.deliveredQuantity"));
        quantity.setMin(1);
        quantity.setMax(batch.plannedQuantity());
        quantity.setValue(
                batch.report() == null
                        ? batch.plannedQuantity()
                        : batch.report().quantity());
        quantity.setHelperText(form.getTranslation("batch.deliveredQuantity.help", batch.plannedQuantity()));
        quantity.setId("delivered-quantity");
        quantity.setWidth("18em");
        if (batch.report() != null) {
            // What the facility reported from its portal; recording the delivery confirms it (and its hours).
            Paragraph reported = new Paragraph(form.getTranslation(
                    "report.byFacility",
                    String.format("%,d", batch.report().quantity()),
                    batch.report().workers(),
                    batch.report().hours().stripTrailingZeros().toPlainString(),
                    Formats.dateTime(batch.report().at())));
            reported.setId("facility-report");
            form.add(reported);
        }
        TextArea note = note(form, "batch.deliveryNote");
        Button deliver = submit(form, "batch.deliver", "deliver");
        deliver.addClickListener(e -> {
            quantity.setInvalid(false);
            try {
                deliveries.recordDelivery(batch.id(), quantity.getValue(), note.getValue());
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, Map.of("quantity", quantity), form);
                return;
            }
            done.run();
        });
        form.add(quantity, note, deliver);
        quantity.focus();
    }

    private void inspectForm(Div form, OpenTask task, BatchRow batch, Runnable done) {
        PlanDetails plan = plans.plan(batch.dealId());
        form.add(new Paragraph(form.getTranslation(
                "inspection.hint", plan.acceptedErrorRate().stripTrailingZeros().toPlainString())));
        IntegerField checked = new IntegerField(form.getTranslation("inspection.checked"));
        checked.setMin(1);
        checked.setValue(batch.deliveredQuantity());
        checked.setHelperText(form.getTranslation("inspection.checked.help", batch.deliveredQuantity()));
        checked.setId("pieces-checked");
        checked.setWidth("12em");
        form.add(checked);
        Map<String, IntegerField> errors = new LinkedHashMap<>();
        HorizontalLayout counts = new HorizontalLayout();
        counts.setWrap(true);
        counts.setId("error-counts");
        for (ErrorTypeOption type : errorTypes.active()) {
            IntegerField count = new IntegerField(type.label(
                    form.getUI().map(u -> u.getLocale()).orElse(UI.getCurrent().getLocale())));
            count.setMin(0);
            count.setValue(0);
            count.setStepButtonsVisible(true);
            count.setWidth("9em");
            count.setId("errors-" + type.code());
            errors.put(type.code(), count);
            counts.add(count);
        }
        form.add(counts);
        List<String> checkLabels = deliveries.checks(batch.dealId());
        List<Checkbox> ticks = new ArrayList<>();
        if (!checkLabels.isEmpty()) {
            Div list = new Div();
            list.setId("qa-checks");
            list.add(new Span(form.getTranslation("delivery.checks")));
            int n = 0;
            for (String label : checkLabels) {
                Checkbox tick = new Checkbox(label);
                tick.setId("qa-check-" + n++);
                ticks.add(tick);
                Div row = new Div(tick);
                list.add(row);
            }
            form.add(list);
        }
        TextArea note = note(form, "inspection.note");
        Div verdict = new Div();
        verdict.setId("verdict");
        verdict.addClassName("verdict");
        Runnable update = () -> {
            verdict.removeClassNames("pass", "fail");
            try {
                Verdict v = deliveries.preview(batch.id(), inspection(checked, errors, ticks, note));
                verdict.setText(form.getTranslation(
                        v.passed()
                                ? "inspection.verdict.pass"
                                : v.rateWithin() ? "inspection.verdict.checks" : "inspection.verdict.fail",
                        v.rate().toPlainString(),
                        v.standard().stripTrailingZeros().toPlainString(),
                        v.errors(),
                        v.piecesChecked()));
                verdict.addClassName(v.passed() ? "pass" : "fail");
            } catch (UserFacingException refused) {
                verdict.setText(form.getTranslation(refused.messageKey(), refused.params()));
                verdict.addClassName("fail");
            }
        };
        checked.addValueChangeListener(e -> update.run());
        errors.values().forEach(f -> f.addValueChangeListener(e -> update.run()));
        ticks.forEach(t -> t.addValueChangeListener(e -> update.run()));
        update.run();
        Button inspect = submit(form, "inspection.record", "inspect");
        inspect.addClickListener(e -> {
            Map<String, IntegerField> fields = new HashMap<>();
            fields.put("checked", checked);
            errors.forEach((code, field) -> fields.put("errors." + code, field));
            if (Refusals.attempt(
                    fields, form, () -> deliveries.inspect(batch.id(), inspection(checked, errors, ticks, note)))) {
                done.run();
            }
        });
        form.add(note, verdict, inspect);
        checked.focus();
    }

    private static InspectionForm inspection(
            IntegerField checked, Map<String, IntegerField> errors, List<Checkbox> ticks, TextArea note) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        errors.forEach((code, field) -> counts.put(code, field.getValue() == null ? 0 : field.getValue()));
        return new InspectionForm(
                checked.getValue(), counts, ticks.stream().allMatch(Checkbox::getValue), note.getValue());
    }

    private void reworkForm(Div form, BatchRow batch, Runnable done) {
        form.add(new Paragraph(form.getTranslation("rework.hint")));
        TextArea note = note(form, "rework.note");
        Button redeliver = submit(form, "rework.redeliver", "redeliver");
        redeliver.addClickListener(e -> {
            deliveries.redeliver(batch.id(), note.getValue());
            done.run();
        });
        form.add(note, redeliver);
        note.focus();
    }

    private static TextArea note(Div form, String key) {
        TextArea note = new TextArea(form.getTranslation(key));
        note.setMaxLength(DeliveryService.NOTE_MAX);
        note.setWidthFull();
        note.setId("batch-note");
        return note;
    }

    private static Button submit(Div form, String key, String id) {
        Button button = new Button(form.getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormShortcuts.submitOn(button, form);
        button.setId(id);
        return button;
    }
}
