package jp.tsunagu.tier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.tier.Standing;
import jp.tsunagu.tier.WageTiers;

/**
 * What the facility (or the intermediary for it) enters: once, its staffing, places and wage target; per month, the
 * wages paid for all its work, user-days and days open. Each refusal beside its field, what was typed kept.
 */
class TierEntryForms extends VerticalLayout {

    final Select<String> staffing = new Select<>();
    final IntegerField places = new IntegerField();
    final IntegerField wageTarget = new IntegerField();
    final Select<YearMonth> month = new Select<>();
    final IntegerField wagesPaid = new IntegerField();
    final IntegerField userDays = new IntegerField();
    final IntegerField daysOpen = new IntegerField();
    private final NativeTable entered = new NativeTable();
    private final WageTiers tiers;
    private final long facilityId;

    TierEntryForms(WageTiers tiers, long facilityId, Runnable changed) {
        this.tiers = tiers;
        this.facilityId = facilityId;
        setPadding(false);
        Standing.Profile profile = tiers.standing(facilityId).profile();
        staffing.setLabel(getTranslation("tier.staffing"));
        staffing.setItems(List.of("7.5:1", "6:1", "10:1"));
        staffing.setId("tier-staffing");
        places.setLabel(getTranslation("tier.places"));
        places.setId("tier-places");
        wageTarget.setLabel(getTranslation("tier.wageTarget"));
        wageTarget.setHelperText(getTranslation("tier.wageTarget.help"));
        wageTarget.setPrefixComponent(new Span("¥"));
        wageTarget.setId("tier-target");
        if (profile != null) {
            staffing.setValue(profile.staffing());
            places.setValue(profile.places());
            wageTarget.setValue(profile.wageTarget());
        }
        Button saveProfile = new Button(getTranslation("tier.profile.save"), e -> {
            if (Refusals.attempt(
                    Map.of("staffing", staffing, "places", places, "wageTarget", wageTarget),
                    this,
                    () -> tiers.saveProfile(
                            facilityId, staffing.getValue(), places.getValue(), wageTarget.getValue()))) {
                Notifications.success(getTranslation("tier.profile.saved"));
                changed.run();
            }
        });
        saveProfile.setId("tier-save-profile");
        FormLayout profileForm = new FormLayout(staffing, places, wageTarget, saveProfile);

        YearMonth now = tiers.thisMonth();
        month.setLabel(getTranslation("tier.month"));
        month.setItems(IntStream.range(0, 15).mapToObj(now::minusMonths).toList());
        month.setItemLabelGenerator(
                m -> getTranslation("wages.monthLabel", String.valueOf(m.getYear()), m.getMonthValue()));
        month.setId("tier-month");
        month.addValueChangeListener(e -> load());
        wagesPaid.setLabel(getTranslation("tier.wagesPaid"));
        wagesPaid.setId("tier-wages");
        userDays.setLabel(getTranslation("tier.userDays"));
        userDays.setId("tier-user-days");
        daysOpen.setLabel(getTranslation("tier.daysOpen"));
        daysOpen.setId("tier-days-open");
        Button saveMonth = new Button(getTranslation("tier.month.save"), e -> {
            if (Refusals.attempt(
                    Map.of("month", month, "wagesPaid", wagesPaid, "userDays", userDays, "daysOpen", daysOpen),
                    this,
                    () -> tiers.enterMonth(
                            facilityId,
                            month.getValue(),
                            wagesPaid.getValue() == null
                                    ? null
                                    : wagesPaid.getValue().longValue(),
                            userDays.getValue(),
                            daysOpen.getValue()))) {
                Notifications.success(getTranslation(
                        "tier.month.saved", month.getItemLabelGenerator().apply(month.getValue())));
                showEntered();
                changed.run();
            }
        });
        saveMonth.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMonth.setId("tier-save-month");
        FormLayout monthForm = new FormLayout(month, wagesPaid, userDays, daysOpen, saveMonth);
        entered.addClassName("tier-months");
        month.setValue(now.minusMonths(1));
        add(
                new H4(getTranslation("tier.profile")),
                profileForm,
                new H4(getTranslation("tier.months")),
                monthForm,
                entered);
        showEntered();
    }

    /** The chosen month's figures as saved, for correction; empty fields for a month not entered. */
    private void load() {
        tiers.months(facilityId).stream()
                .filter(m -> m.month().equals(month.getValue()))
                .findFirst()
                .ifPresentOrElse(
                        m -> {
                            wagesPaid.setValue((int) m.wagesPaid());
                            userDays.setValue(m.userDays());
                            daysOpen.setValue(m.daysOpen());
                        },
                        () -> {
                            wagesPaid.clear();
                            userDays.clear();
                            daysOpen.clear();
                        });
    }

    private void showEntered() {
        entered.removeAll();
        List<WageTiers.Month> months = tiers.months(facilityId);
        entered.setVisible(!months.isEmpty());
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("tier.month", "tier.wagesPaid", "tier.userDays", "tier.daysOpen")) {
            head.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        entered.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (WageTiers.Month m : months.subList(0, Math.min(12, months.size()))) {
            NativeTableRow row = new NativeTableRow();
            row.add(
                    new NativeTableCell(month.getItemLabelGenerator().apply(m.month())),
                    new NativeTableCell("¥" + WageTierPanel.yen(m.wagesPaid())),
                    new NativeTableCell(WageTierPanel.yen(m.userDays())),
                    new NativeTableCell(String.valueOf(m.daysOpen())));
            body.add(row);
        }
        entered.add(body);
    }
}
