package jp.tsunagu.delivery.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.delivery.BatchRow;
import jp.tsunagu.delivery.BatchState;
import jp.tsunagu.delivery.DeliveryPlanService;
import jp.tsunagu.delivery.PlanDetails;
import jp.tsunagu.delivery.PlanForm;
import jp.tsunagu.requirements.PricingBasis;

/**
 * Edits the delivery plan: price and standard, then either one-off batches (a row per batch: facility, due date,
 * quantity) or the monthly cycle (first month, due day, contract end, monthly quantity per facility), and the
 * checks before delivery, one per line. Batches cannot change once deliveries began.
 */
class PlanEditor extends Dialog {

    final BigDecimalField unitPrice = new BigDecimalField();
    final Select<PricingBasis> basis = new Select<>();
    final BigDecimalField errorRate = new BigDecimalField();
    final Checkbox recurring = new Checkbox();
    final DatePicker firstMonth;
    final DatePicker contractEnd;
    final IntegerField dueDay = new IntegerField();
    final Map<Long, IntegerField> monthly = new LinkedHashMap<>();
    final List<BatchLine> lines = new ArrayList<>();
    final TextArea checks = new TextArea();
    final Button save = new Button();
    private final VerticalLayout batchRows = new VerticalLayout();
    private final Div cyclePart = new Div();
    private final Div batchPart = new Div();
    private final PlanDetails plan;
    private final Clock clock;

    /** One batch row of a one-off plan. */
    final class BatchLine extends HorizontalLayout {
        final Select<PlanDetails.Facility> facility = new Select<>();
        final DatePicker due;
        final IntegerField quantity = new IntegerField();

        BatchLine(PlanDetails.Facility f, LocalDate dueOn, Integer qty) {
            facility.setLabel(getTranslation("trial.facility"));
            facility.setItems(plan.facilities());
            facility.setItemLabelGenerator(PlanDetails.Facility::name);
            facility.setValue(f);
            due = DatePickers.create(
                    getTranslation("batch.due"), UI.getCurrent().getLocale());
            due.setValue(dueOn);
            quantity.setLabel(getTranslation("batch.planned"));
            quantity.setMin(1);
            quantity.setValue(qty);
            quantity.setWidth("8em");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(this);
                batchRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("delivery.batch.remove"));
            add(facility, due, quantity, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            int n = lines.size();
            facility.setId("batch-facility-" + n);
            due.setId("batch-due-" + n);
            quantity.setId("batch-quantity-" + n);
        }
    }

    PlanEditor(
            DeliveryPlanService deliveries,
            DealDetails deal,
            PlanDetails plan,
            List<BatchRow> batches,
            Clock clock,
            Runnable saved) {
        this.plan = plan;
        this.clock = clock;
        setId("plan-editor");
        setHeaderTitle(getTranslation("delivery.plan.title", deal.title()));
        setWidth("min(56em, 96vw)");
        var locale = UI.getCurrent().getLocale();
        unitPrice.setLabel(getTranslation("delivery.unitPrice"));
        unitPrice.setPrefixComponent(new Span("¥"));
        unitPrice.setValue(plan.unitPrice());
        unitPrice.setId("plan-unit-price");
        basis.setLabel(getTranslation("req.basis"));
        basis.setItems(PricingBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation("req.basis." + b));
        basis.setValue(plan.pricingBasis());
        basis.setId("plan-basis");
        errorRate.setLabel(getTranslation("delivery.standard"));
        errorRate.setSuffixComponent(new Span("%"));
        errorRate.setValue(plan.acceptedErrorRate());
        errorRate.setHelperText(getTranslation("delivery.standard.help"));
        errorRate.setId("plan-error-rate");
        errorRate.setWidth("16em");
        recurring.setLabel(getTranslation("delivery.recurring"));
        recurring.setValue(plan.recurring());
        recurring.setEnabled(!plan.started());
        recurring.setId("plan-recurring");
        HorizontalLayout price = new HorizontalLayout(unitPrice, basis, errorRate);
        price.setWrap(true);

        firstMonth = DatePickers.create(getTranslation("delivery.firstMonth"), locale);
        firstMonth.setValue(
                plan.firstMonth() == null ? LocalDate.now(clock).plusMonths(1).withDayOfMonth(1) : plan.firstMonth());
        firstMonth.setHelperText(getTranslation("delivery.firstMonth.help"));
        firstMonth.setEnabled(!plan.started());
        firstMonth.setId("plan-first-month");
        contractEnd = DatePickers.create(getTranslation("delivery.contractEnd"), locale);
        contractEnd.setValue(plan.contractEnd());
        contractEnd.setId("plan-contract-end");
        dueDay.setLabel(getTranslation("delivery.dueDay"));
        dueDay.setMin(1);
        dueDay.setMax(31);
        dueDay.setValue(plan.dueDay() == null ? 25 : plan.dueDay());
        dueDay.setHelperText(getTranslation("delivery.dueDay.help"));
        dueDay.setId("plan-due-day");
        HorizontalLayout cycle = new HorizontalLayout(firstMonth, dueDay, contractEnd);
        cycle.setWrap(true);
        cyclePart.add(new H4(getTranslation("delivery.cycle")), cycle);
        HorizontalLayout shares = new HorizontalLayout();
        shares.setWrap(true);
        int n = 0;
        for (PlanDetails.Facility f : plan.facilities()) {
            IntegerField q = new IntegerField(f.name());
            q.setMin(1);
            q.setValue(
                    f.monthlyQuantity() == null && !plan.exists()
                            ? Integer.valueOf(f.assignedQuantity())
                            : f.monthlyQuantity());
            q.setHelperText(getTranslation("delivery.assigned", f.assignedQuantity()));
            q.setId("plan-monthly-" + n++);
            monthly.put(f.facilityId(), q);
            shares.add(q);
        }
        cyclePart.add(shares);

        batchPart.add(new H4(getTranslation("delivery.oneOff")));
        batchRows.setPadding(false);
        batchRows.setSpacing(false);
        batchPart.add(batchRows);
        if (plan.started()) {
            batchPart.add(new Paragraph(getTranslation("delivery.plan.startedHint")));
        } else {
            Button addLine = new Button(
                    getTranslation("delivery.batch.add"),
                    VaadinIcon.PLUS.create(),
                    e -> addLine(
                            plan.facilities().isEmpty()
                                    ? null
                                    : plan.facilities().get(0),
                            null,
                            null));
            addLine.setId("add-batch-line");
            batchPart.add(addLine);
            batches.stream()
                    .filter(b -> b.state() == BatchState.PLANNED)
                    .forEach(b -> addLine(
                            plan.facilities().stream()
                                    .filter(f -> f.facilityId() == b.facilityId())
                                    .findFirst()
                                    .orElse(null),
                            b.dueOn(),
                            b.plannedQuantity()));
            if (lines.isEmpty()) {
                LocalDate due = LocalDate.now(clock).plusDays(14);
                plan.facilities().forEach(f -> addLine(f, due, f.assignedQuantity()));
            }
        }

        checks.setLabel(getTranslation("delivery.checks"));
        checks.setHelperText(getTranslation("delivery.checks.help"));
        checks.setValue(String.join("\n", plan.checks()));
        checks.setWidthFull();
        checks.setId("plan-checks-field");

        recurring.addValueChangeListener(e -> showKind());
        showKind();
        VerticalLayout body = new VerticalLayout(price, recurring, cyclePart, batchPart, checks);
        body.setPadding(false);
        add(body);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-plan");
        save.addClickListener(e -> {
            // Beside its field, what was typed kept; a refusal about the batches as a whole, as a notice.
            if (!Refusals.attempt(fields(), this, () -> deliveries.savePlan(deal.id(), plan.version(), form()))) {
                return;
            }
            close();
            Notifications.success(getTranslation("delivery.plan.saved"));
            saved.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Every field by the name the plan's rules give it in a refusal: a month's line by its facility, a batch by row. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of(
                "unitPrice", unitPrice,
                "basis", basis,
                "errorRate", errorRate,
                "firstMonth", firstMonth,
                "contractEnd", contractEnd,
                "dueDay", dueDay,
                "checks", checks));
        monthly.forEach((facilityId, field) -> fields.put("monthly." + facilityId, field));
        monthly.values().stream().findFirst().ifPresent(first -> fields.put("monthly", first));
        for (int i = 0; i < lines.size(); i++) {
            BatchLine line = lines.get(i);
            fields.put("batches[" + i + "].facility", line.facility);
            fields.put("batches[" + i + "].dueOn", line.due);
            fields.put("batches[" + i + "].quantity", line.quantity);
        }
        return fields;
    }

    PlanForm form() {
        List<PlanForm.Line> planLines = monthly.entrySet().stream()
                .filter(e -> e.getValue().getValue() != null)
                .map(e -> new PlanForm.Line(e.getKey(), e.getValue().getValue()))
                .toList();
        List<PlanForm.Batch> batches = plan.started()
                ? List.of()
                : lines.stream()
                        .map(l -> new PlanForm.Batch(
                                l.facility.getValue() == null
                                        ? -1
                                        : l.facility.getValue().facilityId(),
                                l.due.getValue(),
                                l.quantity.getValue()))
                        .toList();
        List<String> checkLines = Arrays.stream(checks.getValue().split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new PlanForm(
                unitPrice.getValue(),
                basis.getValue(),
                errorRate.getValue(),
                recurring.getValue(),
                firstMonth.getValue(),
                contractEnd.getValue(),
                dueDay.getValue(),
                planLines,
                batches,
                checkLines);
    }

    void addLine(PlanDetails.Facility f, LocalDate due, Integer qty) {
        BatchLine line = new BatchLine(f, due, qty);
        lines.add(line);
        batchRows.add(line);
    }

    private void showKind() {
        cyclePart.setVisible(recurring.getValue());
        batchPart.setVisible(!recurring.getValue());
    }
}
