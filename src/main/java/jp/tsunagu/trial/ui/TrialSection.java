package jp.tsunagu.trial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.trial.BriefingForm;
import jp.tsunagu.trial.BriefingKind;
import jp.tsunagu.trial.BriefingRow;
import jp.tsunagu.trial.ResultForm;
import jp.tsunagu.trial.TrialForm;
import jp.tsunagu.trial.TrialRecord;
import jp.tsunagu.trial.TrialService;

/**
 * Briefings and the trial on the deal page and on the trial's tasks: the briefings held and planned, the trial's
 * sample, each assigned facility's result with its pace, error rate against the standard and hourly sales at
 * the unit price, and the director's evaluation.
 */
@org.springframework.stereotype.Component
class TrialSection implements DealPageSection {

    private final TrialService trials;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrialSection(TrialService trials, CurrentUser currentUser, Clock clock) {
        this.trials = trials;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public boolean showOnTask(DealStage stage) {
        return stage == DealStage.TRIAL || stage == DealStage.TRIAL_REVIEW;
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.setId("trial");
        section.addClassName("trial-section");
        section.setWidthFull();
        List<BriefingRow> briefings = trials.briefings(deal.id());
        TrialRecord trial = trials.of(deal.id());
        boolean reached = deal.stage().withFacilities() || deal.status() == DealStatus.COMPLETED || trial.planned();
        if (!reached && briefings.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        boolean editor = deal.status() == DealStatus.OPEN
                && (currentUser.hasRole(AppRoles.DIRECTOR) || currentUser.hasRole(AppRoles.INTERMEDIARY));
        section.add(new H3(section.getTranslation("trial.section")));
        section.add(briefingsPart(section, deal, briefings, editor));
        section.add(trialPart(section, deal, trial, editor && deal.stage() == DealStage.TRIAL));
        return section;
    }

    // ---- briefings ----

    private Component briefingsPart(Div section, DealDetails deal, List<BriefingRow> briefings, boolean editor) {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.setSpacing(false);
        part.add(new H4(section.getTranslation("briefing.title", briefings.size())));
        Grid<BriefingRow> grid = new Grid<>();
        grid.setId("briefings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(b -> Formats.dateTime(b.heldAt()))
                .setHeader(section.getTranslation("briefing.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(b -> section.getTranslation("briefing.kind." + b.kind()))
                .setHeader(section.getTranslation("briefing.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(b -> (b.online() ? section.getTranslation("briefing.online") + "：" : "") + b.place())
                .setHeader(section.getTranslation("briefing.place"))
                .setFlexGrow(2);
        grid.addColumn(b -> String.join(section.getTranslation("list.separator"), b.facilityNames()))
                .setHeader(section.getTranslation("briefing.facilities"))
                .setFlexGrow(2);
        grid.addColumn(b -> text(b.attendees()))
                .setHeader(section.getTranslation("briefing.attendees"))
                .setFlexGrow(2);
        grid.addColumn(b -> text(b.materials()))
                .setHeader(section.getTranslation("briefing.materials"))
                .setFlexGrow(2);
        grid.addColumn(b -> text(b.notes()))
                .setHeader(section.getTranslation("briefing.notes"))
                .setFlexGrow(3);
        grid.setItems(briefings);
        grid.setEmptyStateText(section.getTranslation("briefing.none"));
        part.add(grid);
        if (editor && deal.stage().withFacilities()) {
            Button add = new Button(section.getTranslation("briefing.add"), e -> briefingDialog(section, deal));
            add.setId("add-briefing");
            part.add(add);
        }
        return part;
    }

    private void briefingDialog(Div section, DealDetails deal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(section.getTranslation("briefing.add"));
        dialog.setId("briefing-dialog");
        RadioButtonGroup<BriefingKind> kind = new RadioButtonGroup<>(section.getTranslation("briefing.kind"));
        kind.setItems(BriefingKind.values());
        kind.setItemLabelGenerator(k -> section.getTranslation("briefing.kind." + k));
        kind.setValue(deal.stage() == DealStage.TRIAL ? BriefingKind.TRIAL : BriefingKind.PROCEDURE_CHANGE);
        kind.setId("briefing-kind");
        DatePicker date = DatePickers.create(
                section.getTranslation("briefing.date"), UI.getCurrent().getLocale());
        date.setId("briefing-date");
        date.setRequiredIndicatorVisible(true);
        TimePicker time = new TimePicker(section.getTranslation("briefing.time"));
        time.setValue(LocalTime.of(10, 0));
        time.setId("briefing-time");
        Checkbox online = new Checkbox(section.getTranslation("briefing.online"));
        online.setId("briefing-online");
        TextField place = new TextField(section.getTranslation("briefing.placeOrLink"));
        place.setMaxLength(TrialService.PLACE_MAX);
        place.setRequiredIndicatorVisible(true);
        place.setWidthFull();
        place.setId("briefing-place");
        List<TrialRecord.Result> assigned = trials.of(deal.id()).results();
        CheckboxGroup<TrialRecord.Result> facilities =
                new CheckboxGroup<>(section.getTranslation("briefing.facilities"));
        facilities.setItems(assigned);
        facilities.setItemLabelGenerator(TrialRecord.Result::facilityName);
        facilities.setValue(Set.copyOf(assigned));
        facilities.setId("briefing-facilities");
        TextField attendees = new TextField(section.getTranslation("briefing.attendees"));
        attendees.setMaxLength(TrialService.TEXT_MAX);
        attendees.setWidthFull();
        attendees.setId("briefing-attendees");
        TextField materials = new TextField(section.getTranslation("briefing.materials"));
        materials.setMaxLength(TrialService.TEXT_MAX);
        materials.setWidthFull();
        materials.setId("briefing-materials");
        TextArea notes = new TextArea(section.getTranslation("briefing.notes"));
        notes.setMaxLength(TrialService.NOTES_MAX);
        notes.setWidthFull();
        notes.setId("briefing-notes");
        HorizontalLayout when = new HorizontalLayout(date, time, online);
        when.setDefaultVerticalComponentAlignment(
                com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(kind, when, place, facilities, attendees, materials, notes);
        body.setPadding(false);
        dialog.add(body);
        dialog.setWidth("min(48em, 95vw)");
        Button save = new Button(section.getTranslation("action.save"), e -> {
            trials.addBriefing(
                    deal.id(),
                    new BriefingForm(
                            kind.getValue(),
                            date.getValue(),
                            time.getValue(),
                            online.getValue(),
                            place.getValue(),
                            facilities.getValue().stream()
                                    .map(TrialRecord.Result::facilityId)
                                    .collect(Collectors.toSet()),
                            attendees.getValue(),
                            materials.getValue(),
                            notes.getValue()));
            dialog.close();
            Notifications.success(section.getTranslation("briefing.saved"));
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-briefing");
        dialog.getFooter().add(new Button(section.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        date.focus();
    }

    // ---- the trial ----

    private Component trialPart(Div section, DealDetails deal, TrialRecord trial, boolean editable) {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.setSpacing(false);
        part.add(new H4(
                trial.planned()
                        ? section.getTranslation("trial.round", trial.round())
                        : section.getTranslation("trial.title")));
        if (!trial.planned()) {
            part.add(new Paragraph(section.getTranslation("trial.notPlanned")));
        } else {
            Facts facts = new Facts();
            facts.setId("trial-facts");
            facts.fact("trial.sample", Formats.number(BigDecimal.valueOf(trial.sampleQuantity())));
            facts.fact("trial.due", trial.dueOn() == null ? "—" : Formats.date(trial.dueOn()));
            facts.fact(
                    "trial.standard",
                    trial.acceptedErrorRate() == null
                            ? section.getTranslation("trial.standard.unknown")
                            : "≤ "
                                    + trial.acceptedErrorRate()
                                            .stripTrailingZeros()
                                            .toPlainString() + "%");
            facts.fact("trial.unitPrice", trial.unitPrice() == null ? "—" : Formats.yenPrice(trial.unitPrice()));
            if (trial.instructions() != null) {
                facts.fact("trial.instructions", trial.instructions());
            }
            if (trial.evaluation() != null) {
                String kind = trial.evaluation() == jp.tsunagu.pipeline.Outcome.PASSED ? "ok" : "ng";
                Span badge = Badges.of(section.getTranslation("trial.evaluation." + trial.evaluation()), kind);
                badge.setId("trial-evaluation");
                facts.fact(
                        "trial.evaluation",
                        new Span(
                                badge,
                                new Span(" " + trial.evaluatedBy() + "・" + Formats.dateTime(trial.evaluatedAt()))));
            }
            part.add(facts);
            if (trial.missing() > 0 && deal.stage() == DealStage.TRIAL) {
                Paragraph missing = new Paragraph(section.getTranslation("trial.results.missing", trial.missing()));
                missing.addClassName("missing");
                missing.setId("trial-missing");
                part.add(missing);
            }
        }
        part.add(resultsGrid(section, deal, trial, editable));
        if (editable) {
            Button plan = new Button(
                    section.getTranslation(trial.planned() && trial.evaluation() == null ? "trial.edit" : "trial.plan"),
                    e -> planDialog(section, deal, trial));
            plan.setId("plan-trial");
            part.add(plan);
        }
        return part;
    }

    private Grid<TrialRecord.Result> resultsGrid(Div section, DealDetails deal, TrialRecord trial, boolean editable) {
        Grid<TrialRecord.Result> grid = new Grid<>();
        grid.setId("trial-results");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TrialRecord.Result::facilityName)
                .setHeader(section.getTranslation("trial.facility"))
                .setFlexGrow(2)
                .setKey("facility")
                .setWidth("12em");
        grid.addColumn(r -> r.recorded() ? Formats.number(BigDecimal.valueOf(r.piecesDone())) : "—")
                .setHeader(section.getTranslation("trial.pieces"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.recorded() ? section.getTranslation("trial.minutesValue", r.minutesTaken()) : "—")
                .setHeader(section.getTranslation("trial.minutes"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.recorded() ? String.valueOf(r.workers()) : "—")
                .setHeader(section.getTranslation("trial.workers"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.recorded() ? String.valueOf(r.errors()) : "—")
                .setHeader(section.getTranslation("trial.errors"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(r -> {
                    if (!r.recorded() || r.errorRate() == null) {
                        return new Span("—");
                    }
                    String text = r.errorRate().toPlainString() + "%";
                    return r.withinStandard() == null
                            ? new Span(text)
                            : Badges.of(text, r.withinStandard() ? "ok" : "ng");
                })
                .setHeader(section.getTranslation("trial.errorRate"))
                .setKey("rate")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.recorded() ? Formats.number(r.piecesPerWorkerHour()) : "—")
                .setHeader(section.getTranslation("trial.pace"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.hourlySales() == null
                        ? "—"
                        : Formats.yen(r.hourlySales().longValue()) + "/h")
                .setHeader(section.getTranslation("trial.hourlySales"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("sales");
        if (editable && trial.planned() && trial.evaluation() == null) {
            grid.addComponentColumn(r -> {
                        Button record = new Button(
                                section.getTranslation(r.recorded() ? "trial.result.edit" : "trial.result.add"),
                                e -> resultDialog(section, deal, trial, r));
                        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        record.setId("record-result-" + r.facilityId());
                        return record;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(trial.results());
        grid.setEmptyStateText(section.getTranslation("trial.noFacilities"));
        return grid;
    }

    private void planDialog(Div section, DealDetails deal, TrialRecord trial) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(section.getTranslation("trial.plan"));
        dialog.setId("trial-dialog");
        boolean next = !trial.planned() || trial.evaluation() != null;
        IntegerField sample = new IntegerField(section.getTranslation("trial.sample"));
        sample.setMin(1);
        sample.setMax(TrialService.SAMPLE_MAX);
        sample.setRequiredIndicatorVisible(true);
        sample.setId("trial-sample");
        DatePicker due = DatePickers.create(
                section.getTranslation("trial.due"), UI.getCurrent().getLocale());
        due.setId("trial-due");
        TextArea instructions = new TextArea(section.getTranslation("trial.instructions"));
        instructions.setMaxLength(TrialService.NOTES_MAX);
        instructions.setWidthFull();
        instructions.setId("trial-instructions");
        if (!next) {
            sample.setValue(trial.sampleQuantity());
            due.setValue(trial.dueOn());
            instructions.setValue(trial.instructions() == null ? "" : trial.instructions());
        } else {
            due.setValue(LocalDate.now(clock).plusDays(7));
        }
        dialog.add(new VerticalLayout(sample, due, instructions));
        dialog.setWidth("min(36em, 95vw)");
        Button save = new Button(section.getTranslation("action.save"), e -> {
            trials.plan(
                    deal.id(),
                    next ? 0 : trial.version(),
                    new TrialForm(sample.getValue(), due.getValue(), instructions.getValue()));
            dialog.close();
            Notifications.success(section.getTranslation("trial.saved"));
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-trial");
        dialog.getFooter().add(new Button(section.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        sample.focus();
    }

    private void resultDialog(Div section, DealDetails deal, TrialRecord trial, TrialRecord.Result r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(section.getTranslation("trial.result.title", r.facilityName()));
        dialog.setId("result-dialog");
        IntegerField pieces = field(section, "trial.pieces", 0, trial.sampleQuantity(), "result-pieces");
        IntegerField minutes = field(section, "trial.minutes", 1, TrialService.MINUTES_MAX, "result-minutes");
        minutes.setSuffixComponent(new Span(section.getTranslation("unit.minutes")));
        IntegerField workers = field(section, "trial.workers", 1, TrialService.WORKERS_MAX, "result-workers");
        IntegerField errors = field(section, "trial.errors", 0, trial.sampleQuantity(), "result-errors");
        TextField note = new TextField(section.getTranslation("trial.note"));
        note.setMaxLength(TrialService.TEXT_MAX);
        note.setWidthFull();
        note.setId("result-note");
        if (r.recorded()) {
            pieces.setValue(r.piecesDone());
            minutes.setValue(r.minutesTaken());
            workers.setValue(r.workers());
            errors.setValue(r.errors());
            note.setValue(r.note() == null ? "" : r.note());
        } else {
            pieces.setValue(trial.sampleQuantity());
        }
        HorizontalLayout numbers = new HorizontalLayout(pieces, minutes, workers, errors);
        numbers.setWrap(true);
        dialog.add(new VerticalLayout(
                new Paragraph(section.getTranslation("trial.result.hint", trial.sampleQuantity())), numbers, note));
        dialog.setWidth("min(48em, 95vw)");
        Button save = new Button(section.getTranslation("action.save"), e -> {
            trials.recordResult(
                    deal.id(),
                    r.facilityId(),
                    r.version(),
                    new ResultForm(
                            pieces.getValue(),
                            minutes.getValue(),
                            workers.getValue(),
                            errors.getValue(),
                            note.getValue()));
            dialog.close();
            Notifications.success(section.getTranslation("trial.result.saved", r.facilityName()));
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-result");
        dialog.getFooter().add(new Button(section.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        pieces.focus();
    }

    private static IntegerField field(Div section, String key, int min, int max, String id) {
        IntegerField f = new IntegerField(section.getTranslation(key));
        f.setMin(min);
        f.setMax(max);
        f.setRequiredIndicatorVisible(true);
        f.setStepButtonsVisible(false);
        f.setId(id);
        f.setWidth("9em");
        return f;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void refresh() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
