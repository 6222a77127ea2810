package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.FormShortcuts;
import jp.tsunagu.deal.Deal;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.OpenTask;
import jp.tsunagu.pipeline.Outcome;

/**
 * The decision that completes a task: one outcome of those the stage allows, and what that outcome needs
 * (a lost reason; the next contact date while nurturing). Messages stand beside the fields.
 */
class OutcomeForm extends FormLayout {

    /** The form's own state; the binder validates it field by field. */
    static final class Draft {
        Outcome outcome;
        LostReasonOption lostReason;
        String lostNote = "";
        LocalDate nextContactOn;
    }

    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
    final ComboBox<LostReasonOption> lostReason = new ComboBox<>();
    final TextArea lostNote = new TextArea();
    final DatePicker nextContact;
    final Button complete = new Button();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    OutcomeForm(
            OpenTask task,
            List<LostReasonOption> reasons,
            Locale locale,
            Clock clock,
            Consumer<Completion> onComplete) {
        addClassName("outcome-form");
        nextContact = DatePickers.create(getTranslation("task.nextContact"), locale);
        H3 heading = new H3(getTranslation("task.decision"));

        outcome.setLabel(getTranslation("task.outcome"));
        outcome.setItems(task.outcomes());
        outcome.setItemLabelGenerator(o -> getTranslation("outcome." + o));
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.setId("outcome");
        lostReason.setLabel(getTranslation("task.lostReason"));
        lostReason.setItems(reasons);
        lostReason.setItemLabelGenerator(r -> r.label(locale));
        lostReason.setId("lost-reason");
        lostNote.setLabel(getTranslation("task.lostNote"));
        lostNote.setMaxLength(Deal.LOST_NOTE_MAX);
        lostNote.setId("lost-note");
        nextContact.setMin(LocalDate.now(clock).plusDays(1));
        nextContact.setI18n(nextContact.getI18n().setMinErrorMessage(getTranslation("task.nextContact.future")));
        nextContact.setId("next-contact");

        binder.forField(outcome)
                .asRequired(getTranslation("task.outcome.required"))
                .bind(d -> d.outcome, (d, v) -> d.outcome = v);
        binder.forField(lostReason)
                .withValidator((v, ctx) -> needs(Outcome::needsLostReason) && v == null
                        ? ValidationResult.error(getTranslation("task.lostReason.required"))
                        : ValidationResult.ok())
                .bind(d -> d.lostReason, (d, v) -> d.lostReason = v);
        binder.forField(lostNote)
                .withValidator(
                        v -> v == null || v.length() <= Deal.LOST_NOTE_MAX,
                        getTranslation("task.lostNote.size", Deal.LOST_NOTE_MAX))
                .withValidator((v, ctx) -> needs(Outcome::needsLostReason)
                                && lostReason.getValue() != null
                                && lostReason.getValue().needsNote()
                                && (v == null || v.isBlank())
                        ? ValidationResult.error(getTranslation("task.lostNote.required"))
                        : ValidationResult.ok())
                .withValidator((v, ctx) -> needs(Outcome::needsNote) && (v == null || v.isBlank())
                        ? ValidationResult.error(getTranslation("task.escalationNote.required"))
                        : ValidationResult.ok())
                .bind(d -> d.lostNote, (d, v) -> d.lostNote = v);
        binder.forField(nextContact)
                .withValidator((v, ctx) -> {
                    if (!needs(Outcome::needsNextContact)) {
                        return ValidationResult.ok();
                    }
                    if (v == null) {
                        return ValidationResult.error(getTranslation("task.nextContact.required"));
                    }
                    return v.isAfter(LocalDate.now(clock))
                            ? ValidationResult.ok()
                            : ValidationResult.error(getTranslation("task.nextContact.future"));
                })
                .bind(d -> d.nextContactOn, (d, v) -> d.nextContactOn = v);
        binder.setBean(draft);

        outcome.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        showFieldsFor(null);

        complete.setText(getTranslation("task.complete"));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormShortcuts.submitOn(complete, this);
        complete.setTooltipText(getTranslation("task.complete.shortcut"));
        complete.setId("complete");
        complete.addClickListener(e -> {
            if (binder.validate().isOk()) {
                onComplete.accept(new Completion(
                        draft.outcome,
                        draft.lostReason == null ? null : draft.lostReason.code(),
                        draft.lostNote,
                        draft.nextContactOn,
                        task.deal().version()));
            }
        });

        add(heading, outcome, lostReason, lostNote, nextContact, complete);
        setColspan(heading, 2);
        setColspan(outcome, 2);
        setColspan(lostNote, 2);
    }

    private boolean needs(Predicate<Outcome> need) {
        return outcome.getValue() != null && need.test(outcome.getValue());
    }

    private void showFieldsFor(Outcome chosen) {
        boolean lost = chosen != null && chosen.needsLostReason();
        boolean nurture = chosen != null && chosen.needsNextContact();
        boolean note = chosen != null && chosen.needsNote();
        lostReason.setVisible(lost);
        lostReason.setRequiredIndicatorVisible(lost);
        lostNote.setVisible(lost || note);
        lostNote.setLabel(getTranslation(note ? "task.escalationNote" : "task.lostNote"));
        lostNote.setRequiredIndicatorVisible(note);
        lostNote.setHelperText(note ? getTranslation("task.escalationNote.hint") : null);
        nextContact.setVisible(nurture);
        nextContact.setRequiredIndicatorVisible(nurture);
    }
}
