package jp.tsunagu.facility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.facility.Facility;
import jp.tsunagu.facility.FacilityPageSection;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.SkillOption;
import jp.tsunagu.facility.SurveyForm;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;

/** One facility: its master data, its capability survey (a new version when saved) and the survey history. */
@Route("facilities/:facilityId")
@RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.DIRECTOR, AppRoles.FACILITY})
class FacilityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FacilityService facilities;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final List<FacilityPageSection> sections;
    private String title = "";
    Button save;

    FacilityView(
            FacilityService facilities,
            CurrentUser currentUser,
            UserDirectory users,
            List<FacilityPageSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(FacilityPageSection::order))
                .toList();
        this.facilities = facilities;
        this.currentUser = currentUser;
        this.users = users;
        setMaxWidth("64em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("facilityId").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Facility facility = facilities.find(id).orElse(null);
        if (facility == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(facility);
    }

    private void show(Facility f) {
        removeAll();
        title = f.getName();
        H2 heading = new H2(f.getName());
        heading.setId("facility-title");
        Facts facts = new Facts();
        facts.fact("facility.corporation", f.getCorporation());
        facts.fact("facility.type", getTranslation("facilityType." + f.getType()));
        facts.fact(
                "facility.address",
                (f.getPostalCode() == null ? "" : "〒" + f.getPostalCode() + " ")
                        + (f.getAddress() == null ? "" : f.getAddress()));
        facts.fact("facility.municipality", f.getMunicipality());
        facts.fact("facility.contact", f.getContactPerson());
        facts.fact("facility.phone", f.getPhone());
        facts.fact("facility.email", f.getEmail());
        facts.fact("facility.participation", getTranslation("participation." + f.getParticipation()));
        add(heading, facts, new H3(getTranslation("survey.title")));
        SurveyForm draft = facilities.latestSurvey(f.getId()).orElseGet(SurveyForm::new);
        add(surveyForm(f.getId(), draft));
        List<String[]> history = facilities.surveyHistory(f.getId());
        Paragraph versions = new Paragraph(
                history.isEmpty()
                        ? getTranslation("facility.noSurvey")
                        : getTranslation(
                                "survey.history",
                                history.stream()
                                        .map(h -> Formats.date(LocalDate.parse(h[0])) + "（" + users.displayName(h[1])
                                                + "）")
                                        .collect(Collectors.joining(getTranslation("list.separator")))));
        versions.setId("survey-history");
        add(versions);
        sections.forEach(s -> add(s.create(f.getId())));
    }

    private FormLayout surveyForm(long facilityId, SurveyForm draft) {
        BeanValidationBinder<SurveyForm> binder = new BeanValidationBinder<>(SurveyForm.class);
        Checkbox pc = new Checkbox(getTranslation("category.PC"));
        Checkbox light = new Checkbox(getTranslation("category.LIGHT"));
        Checkbox offsite = new Checkbox(getTranslation("category.OFFSITE"));
        binder.bind(pc, "acceptsPc");
        binder.bind(light, "acceptsLight");
        binder.bind(offsite, "acceptsOffsite");
        IntegerField pcWorkers = number(binder, "survey.pcWorkers", "pcWorkers");
        IntegerField lightWorkers = number(binder, "survey.lightWorkers", "lightWorkers");
        IntegerField supervisors = number(binder, "survey.supervisors", "supervisors");
        IntegerField pcs = number(binder, "survey.pcs", "pcs");
        IntegerField capacity = number(binder, "survey.capacity", "monthlyCapacityHours");
        DatePicker start = DatePickers.create(getTranslation("survey.earliestStart"), getLocale());
        binder.bind(start, "earliestStart");
        CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("survey.weekdays"));
        days.setItems(EnumSet.allOf(DayOfWeek.class));
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        // The form's rules that span fields, each shown beside its field (not as an error after saving).
        binder.forField(days)
                .withValidator(d -> d != null && !d.isEmpty(), getTranslation("survey.weekdays.required"))
                .bind("weekdays");
        TimePicker from = new TimePicker(getTranslation("survey.hoursFrom"));
        TimePicker to = new TimePicker(getTranslation("survey.hoursTo"));
        from.setId("survey-hours-from");
        to.setId("survey-hours-to");
        binder.bind(from, "hoursFrom");
        var toBinding = binder.forField(to)
                .withValidator(
                        t -> t == null
                                || from.getValue() == null
                                || from.getValue().isBefore(t),
                        getTranslation("survey.hours.order"))
                .bind("hoursTo");
        from.addValueChangeListener(e -> toBinding.validate());
        Checkbox hub = new Checkbox(getTranslation("survey.hub"));
        binder.bind(hub, "hub");
        List<SkillOption> all = facilities.skills();
        Map<Long, SkillOption> byId = all.stream().collect(Collectors.toMap(SkillOption::id, Function.identity()));
        MultiSelectComboBox<SkillOption> skills = new MultiSelectComboBox<>(getTranslation("survey.skills"));
        skills.setItems(all);
        skills.setItemLabelGenerator(s -> s.name(getLocale()));
        binder.forField(skills)
                .bind(
                        s -> s.getSkillIds().stream().map(byId::get).collect(Collectors.toSet()),
                        (s, v) -> s.setSkillIds(v.stream().map(SkillOption::id).collect(Collectors.toSet())));
        TextArea notes = new TextArea(getTranslation("survey.notes"));
        notes.setMaxLength(1000);
        binder.bind(notes, "notes");
        Span formError = new Span();
        formError.addClassName("form-error");
        formError.setId("survey-error");
        binder.setStatusLabel(formError);
        binder.withValidator(f -> f.isSomeCategory(), getTranslation("survey.category.required"));
        binder.setBean(draft);

        HorizontalLayout kinds = new HorizontalLayout(pc, light, offsite);
        // On a phone the kinds wrap whole, never "PC作/業".
        kinds.setWrap(true);
        kinds.addClassName("survey-kinds");
        Div categories = new Div(new Span(getTranslation("facility.categories")), kinds);
        categories.addClassName("fact");
        FormLayout form = new FormLayout(
                categories,
                pcWorkers,
                lightWorkers,
                supervisors,
                pcs,
                capacity,
                start,
                days,
                from,
                to,
                hub,
                skills,
                notes,
                formError);
        form.setColspan(categories, 2);
        form.setColspan(days, 2);
        form.setColspan(skills, 2);
        form.setColspan(notes, 2);
        boolean canEdit = currentUser.hasRole(AppRoles.INTERMEDIARY) || currentUser.hasRole(AppRoles.FACILITY);
        binder.setReadOnly(!canEdit);
        if (canEdit) {
            save = new Button(getTranslation("survey.save"), e -> {
                if (binder.validate().isOk()) {
                    facilities.answerSurvey(facilityId, draft);
                    Notifications.success(getTranslation("survey.saved"));
                    getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("survey-save");
            form.add(save);
        }
        return form;
    }

    private IntegerField number(BeanValidationBinder<SurveyForm> binder, String labelKey, String property) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("survey.number.bad")));
        binder.bind(field, property);
        return field;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
