package jp.tsunagu.trial.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.trial.BriefingForm;
import jp.tsunagu.trial.BriefingKind;
import jp.tsunagu.trial.BriefingRow;
import jp.tsunagu.trial.BriefingService;
import jp.tsunagu.trial.TrialRecord;
import jp.tsunagu.trial.TrialService;

/** A deal's briefings (説明会・見学): when, where, which facilities, who, materials and notes; and adding one. */
class BriefingsPanel extends VerticalLayout {

    private final BriefingService trials;
    private final Clock clock;
    /** The facilities on the deal, whom a briefing may invite. */
    private final List<TrialRecord.Result> assigned;

    BriefingsPanel(
            BriefingService trials,
            Clock clock,
            DealDetails deal,
            List<BriefingRow> briefings,
            List<TrialRecord.Result> assigned,
            boolean editor) {
        this.assigned = assigned;
        this.trials = trials;
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        add(new H4(getTranslation("briefing.title", briefings.size())));
        Grid<BriefingRow> grid = new Grid<>();
        grid.setId("briefings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(b -> Formats.dateTime(b.heldAt()))
                .setHeader(getTranslation("briefing.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(b -> getTranslation("briefing.kind." + b.kind()))
                .setHeader(getTranslation("briefing.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(b -> (b.online() ? getTranslation("briefing.online") + "：" : "") + b.place())
                .setHeader(getTranslation("briefing.place"))
                .setFlexGrow(2);
        grid.addColumn(b -> String.join(getTranslation("list.separator"), b.facilityNames()))
                .setHeader(getTranslation("briefing.facilities"))
                .setFlexGrow(2);
        grid.addColumn(b -> text(b.attendees()))
                .setHeader(getTranslation("briefing.attendees"))
                .setFlexGrow(2);
        grid.addColumn(b -> text(b.materials()))
                .setHeader(getTranslation("briefing.materials"))
                .setFlexGrow(2);
        grid.addColumn(b -> text(b.notes()))
                .setHeader(getTranslation("briefing.notes"))
                .setFlexGrow(3);
        grid.setItems(briefings);
        grid.setEmptyStateText(getTranslation("briefing.none"));
        add(grid);
        if (editor && deal.stage().withFacilities()) {
            Button add = new Button(getTranslation("briefing.add"), e -> briefingDialog(deal));
            add.setId("add-briefing");
            add(add);
        }
    }

    private void briefingDialog(DealDetails deal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("briefing.add"));
        dialog.setId("briefing-dialog");
        RadioButtonGroup<BriefingKind> kind = new RadioButtonGroup<>(getTranslation("briefing.kind"));
        kind.setItems(BriefingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("briefing.kind." + k));
        kind.setValue(deal.stage() == DealStage.TRIAL ? BriefingKind.TRIAL : BriefingKind.PROCEDURE_CHANGE);
        kind.setId("briefing-kind");
        DatePicker date = DatePickers.create(
                getTranslation("briefing.date"), UI.getCurrent().getLocale());
        date.setId("briefing-date");
        date.setRequiredIndicatorVisible(true);
        TimePicker time = new TimePicker(getTranslation("briefing.time"));
        time.setValue(LocalTime.of(10, 0));
        time.setId("briefing-time");
        Checkbox online = new Checkbox(getTranslation("briefing.online"));
        online.setId("briefing-online");
        TextField place = new TextField(getTranslation("briefing.placeOrLink"));
        place.setMaxLength(TrialService.PLACE_MAX);
        place.setRequiredIndicatorVisible(true);
        place.setWidthFull();
        place.setId("briefing-place");
        List<TrialRecord.Result> assigned = this.assigned;
        CheckboxGroup<TrialRecord.Result> facilities = new CheckboxGroup<>(getTranslation("briefing.facilities"));
        facilities.setItems(assigned);
        facilities.setItemLabelGenerator(TrialRecord.Result::facilityName);
        facilities.setValue(Set.copyOf(assigned));
        facilities.setId("briefing-facilities");
        TextField attendees = new TextField(getTranslation("briefing.attendees"));
        attendees.setMaxLength(TrialService.TEXT_MAX);
        attendees.setWidthFull();
        attendees.setId("briefing-attendees");
        TextField materials = new TextField(getTranslation("briefing.materials"));
        materials.setMaxLength(TrialService.TEXT_MAX);
        materials.setWidthFull();
        materials.setId("briefing-materials");
        TextArea notes = new TextArea(getTranslation("briefing.notes"));
        notes.setMaxLength(TrialService.NOTES_MAX);
        notes.setWidthFull();
        notes.setId("briefing-notes");
        HorizontalLayout when = new HorizontalLayout(date, time, online);
        when.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(kind, when, place, facilities, attendees, materials, notes);
        body.setPadding(false);
        dialog.add(body);
        dialog.setWidth("min(48em, 95vw)");
        Map<String, HasValidation> fields = Map.of(
                "kind", kind,
                "date", date,
                "place", place,
                "facilities", facilities,
                "attendees", attendees,
                "materials", materials,
                "notes", notes);
        Button save = new Button(getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                addBriefing(deal, kind, date, time, online, place, facilities, attendees, materials, notes);
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, fields, this);
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("briefing.saved"));
            UI.getCurrent().refreshCurrentRoute(false);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-briefing");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        date.focus();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void addBriefing(
            DealDetails deal,
            RadioButtonGroup<BriefingKind> kind,
            DatePicker date,
            TimePicker time,
            Checkbox online,
            TextField place,
            CheckboxGroup<TrialRecord.Result> facilities,
            TextField attendees,
            TextField materials,
            TextArea notes) {
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
    }
}
