package jp.tsunagu.wages.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.wages.WageLedger;

/**
 * Entering a facility's month (workers and hours) and its wage before the work: each refusal beside the field it is
 * about, the typed values kept.
 */
class WageEntryForm extends VerticalLayout {

    private final WageLedger ledger;
    private final Clock clock;

    WageEntryForm(WageLedger ledger, Clock clock, Runnable saved) {
        this.ledger = ledger;
        this.clock = clock;
        setPadding(false);
        List<WageLedger.FacilityOption> facilities = ledger.enterable();
        ComboBox<WageLedger.FacilityOption> facility = new ComboBox<>(getTranslation("trial.facility"));
        facility.setItems(facilities);
        facility.setItemLabelGenerator(WageLedger.FacilityOption::name);
        facility.setId("wage-facility");
        facility.setWidth("16em");
        if (facilities.size() == 1) {
            facility.setValue(facilities.get(0));
            facility.setReadOnly(true);
        }
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("sheet.month"));
        YearMonth now = YearMonth.now(clock);
        month.setItems(IntStream.range(0, 15).mapToObj(now::minusMonths).toList());
        month.setItemLabelGenerator(
                m -> getTranslation("wages.monthLabel", String.valueOf(m.getYear()), m.getMonthValue()));
        month.setValue(now);
        month.setId("wage-month");
        IntegerField workers = new IntegerField(getTranslation("wages.workers"));
        workers.setMin(0);
        workers.setMax(WageLedger.WORKERS_MAX);
        workers.setWidth("8em");
        workers.setId("wage-workers");
        BigDecimalField hours = new BigDecimalField(getTranslation("wages.hours"));
        hours.setWidth("9em");
        hours.setId("wage-hours");
        // The month's figures as saved, shown for correction; their version guards against a save in between.
        Long[] version = {null};
        Runnable load = () -> {
            version[0] = null;
            if (facility.getValue() == null || month.getValue() == null) {
                return;
            }
            ledger.monthEntry(facility.getValue().id(), month.getValue())
                    .ifPresentOrElse(
                            m -> {
                                workers.setValue(m.workers());
                                hours.setValue(m.hours());
                                version[0] = m.version();
                            },
                            () -> {
                                workers.clear();
                                hours.clear();
                            });
        };
        facility.addValueChangeListener(e -> load.run());
        month.addValueChangeListener(e -> load.run());
        load.run();
        Map<String, HasValidation> monthFields =
                Map.of("facility", facility, "month", month, "workers", workers, "hours", hours);
        Button saveMonth = new Button(getTranslation("wages.saveMonth"), e -> {
            monthFields.values().forEach(f -> f.setInvalid(false));
            if (facility.getValue() == null) {
                facility.setErrorMessage(getTranslation("wages.facility.required"));
                facility.setInvalid(true);
                return;
            }
            try {
                ledger.enterMonth(
                        facility.getValue().id(), month.getValue(), workers.getValue(), hours.getValue(), version[0]);
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, monthFields, this);
                return;
            }
            Notifications.success(getTranslation("wages.saved"));
            load.run();
            saved.run();
        });
        saveMonth.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMonth.setId("save-wage-month");
        HorizontalLayout monthRow = new HorizontalLayout(facility, month, workers, hours, saveMonth);
        monthRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        monthRow.setWrap(true);

        IntegerField before = new IntegerField(getTranslation("wages.before"));
        before.setMin(0);
        before.setMax(WageLedger.WAGE_MAX);
        before.setPrefixComponent(new Span("¥"));
        before.setWidth("10em");
        before.setId("wage-before");
        Select<Integer> beforeYear = new Select<>();
        beforeYear.setLabel(getTranslation("wages.beforeYear"));
        int fy = FiscalYears.of(now);
        beforeYear.setItems(IntStream.rangeClosed(fy - 5, fy)
                .boxed()
                .sorted(Comparator.reverseOrder())
                .toList());
        beforeYear.setItemLabelGenerator(y -> getTranslation("wages.yearLabel", String.valueOf(y)));
        beforeYear.setValue(fy - 1);
        beforeYear.setId("wage-before-year");
        Map<String, HasValidation> beforeFields =
                Map.of("facility", facility, "before", before, "beforeYear", beforeYear);
        Button saveBefore = new Button(getTranslation("wages.saveBefore"), e -> {
            beforeFields.values().forEach(f -> f.setInvalid(false));
            if (facility.getValue() == null) {
                facility.setErrorMessage(getTranslation("wages.facility.required"));
                facility.setInvalid(true);
                return;
            }
            try {
                ledger.enterWageBefore(facility.getValue().id(), before.getValue(), beforeYear.getValue());
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, beforeFields, this);
                return;
            }
            Notifications.success(getTranslation("wages.saved"));
            saved.run();
        });
        saveBefore.setId("save-wage-before");
        HorizontalLayout beforeRow = new HorizontalLayout(before, beforeYear, saveBefore);
        beforeRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(monthRow, beforeRow);
    }
}
