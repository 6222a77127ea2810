package jp.tsunagu.requirements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.FormShortcuts;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.facility.SkillOption;
import jp.tsunagu.requirements.MinimumWageEntry;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementItem;
import jp.tsunagu.requirements.Requirements;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.requirements.VolumeUnit;

/**
 * The director's editor for a requirements sheet. Items may stay empty (unknown) or be marked as waiting
 * for the customer; what is typed is checked beside its field, and the wage advisor follows the price and
 * paces as they are typed.
 */
class RequirementsEditor extends Dialog {

    final TextArea description = new TextArea();
    final MultiSelectComboBox<SkillOption> skills = new MultiSelectComboBox<>();
    final BigDecimalField volume = new BigDecimalField();
    final Select<VolumeUnit> volumeUnit = new Select<>();
    final IntegerField workers = new IntegerField();
    final IntegerField staff = new IntegerField();
    final IntegerField facilitiesNeeded = new IntegerField();
    final BigDecimalField errorRate = new BigDecimalField();
    final DatePicker startOn;
    final DatePicker assignBy;
    final DatePicker deliveryDueOn;
    final TextField deliverySchedule = new TextField();
    final TextField format = new TextField();
    final TextField tools = new TextField();
    final RadioButtonGroup<Boolean> nda = new RadioButtonGroup<>();
    final TextField dataHandling = new TextField();
    final BigDecimalField unitPrice = new BigDecimalField();
    final Select<PricingBasis> basis = new Select<>();
    final BigDecimalField supporterPerHour = new BigDecimalField();
    final BigDecimalField fastPerHour = new BigDecimalField();
    final BigDecimalField averagePerHour = new BigDecimalField();
    final BigDecimalField slowPerHour = new BigDecimalField();
    final BigDecimalField hoursPerDay = new BigDecimalField();
    final IntegerField daysPerMonth = new IntegerField();
    final BigDecimalField teamHours = new BigDecimalField();
    final BigDecimalField equivalents = new BigDecimalField();
    final MultiSelectComboBox<RequirementItem> waiting = new MultiSelectComboBox<>();
    final Button save = new Button();
    private final WageAdvisorPanel advisor = new WageAdvisorPanel();
    private final BeanValidationBinder<RequirementsForm> binder = new BeanValidationBinder<>(RequirementsForm.class);
    private final RequirementsService service;
    private final MinimumWageEntry minimumWage;

    RequirementsEditor(
            RequirementsService service,
            DealDetails deal,
            Requirements sheet,
            List<SkillOption> skillList,
            Consumer<Requirements> onSaved) {
        this.service = service;
        this.minimumWage = sheet.minimumWage();
        addClassName("requirements-editor");
        setHeaderTitle(getTranslation("req.editTitle", deal.title()));
        setWidth("min(72em, 96vw)");
        startOn = DatePickers.create(getTranslation("req.item.START"), getLocale());
        assignBy = DatePickers.create(getTranslation("req.item.ASSIGN_BY"), getLocale());
        deliveryDueOn = DatePickers.create(getTranslation("req.deliveryDueOn"), getLocale());

        description.setLabel(getTranslation("req.item.DESCRIPTION"));
        description.setMaxLength(RequirementsForm.TEXT_MAX);
        skills.setLabel(getTranslation("req.item.SKILLS"));
        skills.setItems(skillList);
        skills.setItemLabelGenerator(s -> s.name(getLocale()));
        volume.setLabel(getTranslation("req.item.VOLUME"));
        volumeUnit.setLabel(getTranslation("req.volumeUnit"));
        volumeUnit.setItems(VolumeUnit.values());
        volumeUnit.setItemLabelGenerator(
                u -> u == null ? getTranslation("req.unset") : getTranslation("req.volumeUnit." + u));
        volumeUnit.setEmptySelectionAllowed(true);
        volumeUnit.setEmptySelectionCaption(getTranslation("req.unset"));
        workers.setLabel(getTranslation("req.item.WORKERS"));
        workers.setSuffixComponent(new Span(getTranslation("req.unit.people")));
        staff.setLabel(getTranslation("req.item.STAFF"));
        staff.setSuffixComponent(new Span(getTranslation("req.unit.people")));
        facilitiesNeeded.setLabel(getTranslation("req.item.FACILITIES"));
        facilitiesNeeded.setSuffixComponent(new Span(getTranslation("req.unit.facilities")));
        errorRate.setLabel(getTranslation("req.item.QUALITY"));
        errorRate.setSuffixComponent(new Span("%"));
        errorRate.setHelperText(getTranslation("req.errorRate.help"));
        deliverySchedule.setLabel(getTranslation("req.deliverySchedule"));
        deliverySchedule.setMaxLength(RequirementsForm.SCHEDULE_MAX);
        format.setLabel(getTranslation("req.item.FORMAT"));
        format.setMaxLength(RequirementsForm.LINE_MAX);
        tools.setLabel(getTranslation("req.item.TOOLS"));
        tools.setMaxLength(RequirementsForm.LINE_MAX);
        nda.setLabel(getTranslation("req.nda"));
        nda.setItems(Boolean.TRUE, Boolean.FALSE);
        nda.setItemLabelGenerator(b -> getTranslation(b ? "req.nda.yes" : "req.nda.no"));
        dataHandling.setLabel(getTranslation("req.dataHandling"));
        dataHandling.setMaxLength(RequirementsForm.SCHEDULE_MAX);
        unitPrice.setLabel(getTranslation("req.unitPrice"));
        unitPrice.setPrefixComponent(new Span("¥"));
        unitPrice.setId("unit-price");
        basis.setLabel(getTranslation("req.basis"));
        basis.setItems(PricingBasis.values());
        basis.setItemLabelGenerator(b -> b == null ? getTranslation("req.unset") : getTranslation("req.basis." + b));
        basis.setEmptySelectionAllowed(true);
        basis.setEmptySelectionCaption(getTranslation("req.unset"));
        basis.setId("pricing-basis");
        supporterPerHour.setLabel(getTranslation("req.pace.supporter"));
        fastPerHour.setLabel(getTranslation("req.pace.fast"));
        averagePerHour.setLabel(getTranslation("req.pace.average"));
        slowPerHour.setLabel(getTranslation("req.pace.slow"));
        supporterPerHour.setId("pace-supporter");
        averagePerHour.setId("pace-average");
        for (BigDecimalField f : List.of(supporterPerHour, fastPerHour, averagePerHour, slowPerHour)) {
            f.setSuffixComponent(new Span(getTranslation("req.unit.perHour")));
        }
        hoursPerDay.setLabel(getTranslation("req.hoursPerDay"));
        hoursPerDay.setSuffixComponent(new Span("h"));
        daysPerMonth.setLabel(getTranslation("req.daysPerMonth"));
        daysPerMonth.setSuffixComponent(new Span(getTranslation("req.unit.days")));
        teamHours.setLabel(getTranslation("req.teamHours"));
        teamHours.setSuffixComponent(new Span("h"));
        equivalents.setLabel(getTranslation("req.equivalents"));
        equivalents.setHelperText(getTranslation("req.equivalents.help"));
        waiting.setLabel(getTranslation("req.waiting"));
        waiting.setHelperText(getTranslation("req.waiting.help"));
        waiting.setItems(RequirementItem.values());
        waiting.setItemLabelGenerator(i -> getTranslation("req.item." + i));
        waiting.setId("waiting-items");

        description.setId("req-description");
        skills.setId("req-skills");
        volume.setId("req-volume");
        volumeUnit.setId("req-volume-unit");
        workers.setId("req-workers");
        staff.setId("req-staff");
        facilitiesNeeded.setId("req-facilities");
        errorRate.setId("req-error-rate");
        startOn.setId("req-start");
        assignBy.setId("req-assign-by");
        deliveryDueOn.setId("req-due");
        deliverySchedule.setId("req-schedule");
        format.setId("req-format");
        tools.setId("req-tools");
        nda.setId("req-nda");
        dataHandling.setId("req-data-handling");
        fastPerHour.setId("pace-fast");
        slowPerHour.setId("pace-slow");
        RequirementsBinding.bind(this, binder);
        binder.setBean(copy(sheet.form()));

        FormLayout what = form(description, skills, volume, volumeUnit, workers, staff, facilitiesNeeded, errorRate);
        what.setColspan(description, 2);
        what.setColspan(skills, 2);
        FormLayout when = form(startOn, assignBy, deliveryDueOn, deliverySchedule, format, tools, nda, dataHandling);
        FormLayout price = form(
                unitPrice,
                basis,
                supporterPerHour,
                fastPerHour,
                averagePerHour,
                slowPerHour,
                hoursPerDay,
                daysPerMonth,
                teamHours,
                equivalents);
        Div body = new Div(
                heading("req.part.work"),
                what,
                heading("req.part.schedule"),
                when,
                heading("req.part.price"),
                price,
                advisor,
                heading("req.part.open"),
                waiting);
        body.addClassName("requirements-editor-body");
        add(body);
        waiting.setWidthFull();
        refreshAdvisor();
        for (HasValue<?, ?> f : List.of(
                unitPrice,
                basis,
                supporterPerHour,
                fastPerHour,
                averagePerHour,
                slowPerHour,
                hoursPerDay,
                daysPerMonth,
                teamHours,
                equivalents)) {
            f.addValueChangeListener(e -> refreshAdvisor());
        }

        save.setText(getTranslation("req.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormShortcuts.submitOn(save, this);
        save.setTooltipText(getTranslation("form.submit.shortcut"));
        save.setId("save-requirements");
        save.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                Notifications.error(getTranslation("req.invalid"));
                return;
            }
            Requirements saved = service.save(deal.id(), sheet.version(), binder.getBean());
            Notifications.success(getTranslation("req.saved"));
            close();
            onSaved.accept(saved);
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Skills are bound by hand: the form keeps ids, the field shows options. */
    private RequirementsForm copy(RequirementsForm f) {
        Set<Long> ids = f.getSkillIds();
        skills.setValue(skills.getListDataView()
                .getItems()
                .filter(s -> ids.contains(s.id()))
                .collect(Collectors.toSet()));
        skills.addValueChangeListener(e -> binder.getBean()
                .setSkillIds(e.getValue().stream().map(SkillOption::id).collect(Collectors.toSet())));
        return f;
    }

    private void refreshAdvisor() {
        RequirementsForm f = binder.getBean();
        if (f == null) {
            return;
        }
        advisor.show(f, service.preview(f), minimumWage);
    }

    private static FormLayout form(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("52em", 4));
        return layout;
    }

    private H4 heading(String key) {
        return new H4(getTranslation(key));
    }
}
