package jp.tsunagu.trial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.trial.ResultForm;
import jp.tsunagu.trial.TrialForm;
import jp.tsunagu.trial.TrialRecord;
import jp.tsunagu.trial.TrialService;

/** The trial's dialogs: planning it (sample, due date, instructions) and entering a facility's result. */
final class TrialDialogs {

    private TrialDialogs() {}

    static void plan(TrialService trials, Clock clock, DealDetails deal, TrialRecord trial) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("trial.plan"));
        dialog.setId("trial-dialog");
        boolean next = !trial.planned() || trial.evaluation() != null;
        IntegerField sample = new IntegerField(dialog.getTranslation("trial.sample"));
        sample.setMin(1);
        sample.setMax(TrialService.SAMPLE_MAX);
        sample.setRequiredIndicatorVisible(true);
        sample.setId("trial-sample");
        DatePicker due = DatePickers.create(
                dialog.getTranslation("trial.due"), UI.getCurrent().getLocale());
        due.setId("trial-due");
        TextArea instructions = new TextArea(dialog.getTranslation("trial.instructions"));
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
        Map<String, HasValidation> fields = Map.of("sample", sample, "due", due, "instructions", instructions);
        Button save = new Button(dialog.getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                trials.plan(
                        deal.id(),
                        next ? 0 : trial.version(),
                        new TrialForm(sample.getValue(), due.getValue(), instructions.getValue()));
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, fields, dialog);
                return;
            }
            dialog.close();
            Notifications.success(dialog.getTranslation("trial.saved"));
            UI.getCurrent().refreshCurrentRoute(false);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-trial");
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        sample.focus();
    }

    static void result(TrialService trials, DealDetails deal, TrialRecord trial, TrialRecord.Result r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("trial.result.title", r.facilityName()));
        dialog.setId("result-dialog");
        IntegerField pieces = field(dialog, "trial.pieces", 0, trial.sampleQuantity(), "result-pieces");
        IntegerField minutes = field(dialog, "trial.minutes", 1, TrialService.MINUTES_MAX, "result-minutes");
        minutes.setSuffixComponent(new Span(dialog.getTranslation("unit.minutes")));
        IntegerField workers = field(dialog, "trial.workers", 1, TrialService.WORKERS_MAX, "result-workers");
        IntegerField errors = field(dialog, "trial.errors", 0, trial.sampleQuantity(), "result-errors");
        TextField note = new TextField(dialog.getTranslation("trial.note"));
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
                new Paragraph(dialog.getTranslation("trial.result.hint", trial.sampleQuantity())), numbers, note));
        dialog.setWidth("min(48em, 95vw)");
        Map<String, HasValidation> fields =
                Map.of("pieces", pieces, "minutes", minutes, "workers", workers, "errors", errors, "note", note);
        Button save = new Button(dialog.getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
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
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, fields, dialog);
                return;
            }
            dialog.close();
            Notifications.success(dialog.getTranslation("trial.result.saved", r.facilityName()));
            UI.getCurrent().refreshCurrentRoute(false);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-result");
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        pieces.focus();
    }

    private static IntegerField field(Component section, String key, int min, int max, String id) {
        IntegerField f = new IntegerField(section.getTranslation(key));
        f.setMin(min);
        f.setMax(max);
        f.setRequiredIndicatorVisible(true);
        f.setStepButtonsVisible(false);
        f.setId(id);
        f.setWidth("9em");
        return f;
    }
}
