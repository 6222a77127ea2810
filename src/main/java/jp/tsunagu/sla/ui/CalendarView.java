package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.Party;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.sla.CalendarService;
import jp.tsunagu.sla.CalendarService.ClosingRow;
import jp.tsunagu.sla.HolidayService;

/**
 * Each organisation's working time: business hours, and closing days besides national holidays (the official list
 * shipped with the app, which the admin replaces with the Cabinet Office's newer one). SLA clocks count only this time.
 */
@Route("admin/calendars")
@Menu(order = 92, icon = "vaadin:calendar", title = "nav.calendars")
@RolesAllowed(AppRoles.ADMIN)
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService calendars;
    final Select<Party> party = new Select<>();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final DatePicker first;
    final DatePicker last;
    final TextField note = new TextField();
    final Grid<ClosingRow> closings = new Grid<>();

    CalendarView(CalendarService calendars, HolidayService holidays, CurrentUser currentUser) {
        this.calendars = calendars;
        party.setLabel(getTranslation("calendar.party"));
        party.setItems(Party.COMPANY, Party.INTERMEDIARY);
        party.setItemLabelGenerator(p -> getTranslation("party." + p));
        party.setValue(Party.COMPANY);
        party.addValueChangeListener(e -> load());

        start.setLabel(getTranslation("calendar.start"));
        end.setLabel(getTranslation("calendar.end"));
        for (TimePicker t : new TimePicker[] {start, end}) {
            t.setStep(Duration.ofMinutes(15));
            t.setLocale(Locale.JAPAN);
        }
        Button saveHours = new Button(getTranslation("action.save"), e -> {
            if (!Refusals.attempt(
                    Map.of("end", end),
                    this,
                    () -> calendars.setHours(party.getValue(), start.getValue(), end.getValue()))) {
                return;
            }
            Notifications.success(getTranslation("calendar.hours.saved"));
        });
        saveHours.setId("save-hours");
        HorizontalLayout hours = new HorizontalLayout(start, end, saveHours);
        hours.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        hours.setWrap(true);

        first = DatePickers.create(getTranslation("calendar.first"), getLocale());
        last = DatePickers.create(getTranslation("calendar.last"), getLocale());
        note.setLabel(getTranslation("calendar.note"));
        note.setPlaceholder(getTranslation("calendar.note.placeholder"));
        note.setMaxLength(100);
        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> addClosing());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-closing");
        HorizontalLayout newClosing = new HorizontalLayout(first, last, note, add);
        newClosing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        newClosing.setWrap(true);

        closings.setId("closing-grid");
        closings.addThemeVariants(GridVariant.LUMO_COMPACT);
        closings.addColumn(c -> Formats.date(c.firstDay()) + " – " + Formats.date(c.lastDay()))
                .setHeader(getTranslation("calendar.period"));
        closings.addColumn(ClosingRow::note).setHeader(getTranslation("calendar.note"));
        closings.addComponentColumn(c -> {
                    Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                        calendars.removeClosing(c.id());
                        load();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("calendar.remove"));
                    return remove;
                })
                .setHeader(getTranslation("calendar.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        closings.setAllRowsVisible(true);
        closings.setEmptyStateText(getTranslation("calendar.none"));

        add(
                new Paragraph(getTranslation("calendar.explain")),
                party,
                new H2(getTranslation("calendar.hours")),
                hours,
                new H2(getTranslation("calendar.closings")),
                newClosing,
                closings,
                new HolidayListSection(holidays, currentUser));
        load();
    }

    private void addClosing() {
        Map<String, HasValidation> fields = Map.of("first", first, "last", last, "note", note);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            calendars.addClosing(party.getValue(), first.getValue(), last.getValue(), note.getValue());
        } catch (UserFacingException refusal) {
            Refusals.showBeside(refusal, fields, this);
            return;
        }
        Notifications.success(getTranslation("calendar.added"));
        first.clear();
        last.clear();
        note.clear();
        load();
    }

    private void load() {
        LocalTime[] h = calendars.hours(party.getValue());
        start.setValue(h[0]);
        end.setValue(h[1]);
        closings.setItems(calendars.closings(party.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendars");
    }
}
