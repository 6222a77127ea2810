package jp.tsunagu.tier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Map;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.tier.RewardBands;
import jp.tsunagu.tier.RewardTables;

/**
 * The reward tables the admin keeps: for each staffing ratio and size, dated, the units a day per user in each band of
 * average monthly wage. A revision is a copy from its day, then changed.
 */
@Route("admin/reward-tables")
@Menu(order = 94.5, icon = "vaadin:table", title = "nav.rewardTables")
@RolesAllowed(AppRoles.ADMIN)
class RewardTablesView extends VerticalLayout implements HasDynamicTitle {

    private final RewardTables tables;

    RewardTablesView(RewardTables tables) {
        this.tables = tables;
        setMaxWidth("60em");
        show();
    }

    private void show() {
        removeAll();
        Paragraph explain = new Paragraph(getTranslation("tier.tables.explain"));
        explain.addClassName("muted");
        add(explain);
        for (RewardTables.TableRow t : tables.all()) {
            add(table(t));
        }
    }

    private VerticalLayout table(RewardTables.TableRow t) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("reward-table");
        box.add(new H2(getTranslation(
                "tier.tables.heading", t.name(), t.staffing(), t.placesMax(), Formats.date(t.validFrom()))));
        Grid<RewardBands.Band> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(b -> t.bands()
                        .upTo(b)
                        .map(up -> "¥" + WageTierPanel.yen(b.wageFrom()) + " – ¥" + WageTierPanel.yen(up - 1))
                        .orElse("¥" + WageTierPanel.yen(b.wageFrom()) + " –"))
                .setHeader(getTranslation("tier.tables.wageFrom"));
        grid.addComponentColumn(b -> units(t.id(), b))
                .setHeader(getTranslation("tier.tables.units"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(t.bands().bands().stream()
                .sorted(Comparator.comparingInt(RewardBands.Band::wageFrom).reversed())
                .toList());
        grid.setId("reward-table-" + t.id());
        box.add(grid, revise(t));
        return box;
    }

    private IntegerField units(long tableId, RewardBands.Band b) {
        IntegerField units = new IntegerField();
        units.setValue(b.units());
        units.setWidth("7em");
        units.setAriaLabel(getTranslation("tier.tables.units") + " ¥" + WageTierPanel.yen(b.wageFrom()));
        units.setId("units-" + tableId + "-" + b.wageFrom());
        units.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && Refusals.attempt(
                            Map.of("units", units), this, () -> tables.setUnits(tableId, b.wageFrom(), e.getValue()))) {
                Notifications.success(getTranslation("tier.tables.saved"));
            }
        });
        return units;
    }

    private HorizontalLayout revise(RewardTables.TableRow t) {
        TextField name = new TextField(getTranslation("tier.tables.name"));
        name.setWidth("24em");
        name.setMaxLength(200);
        DatePicker validFrom = DatePickers.create(getTranslation("tier.tables.validFrom"), getLocale());
        Button copy = new Button(getTranslation("tier.tables.revise"), e -> {
            if (Refusals.attempt(
                    Map.of("name", name, "validFrom", validFrom),
                    this,
                    () -> tables.revise(t.id(), name.getValue(), validFrom.getValue()))) {
                Notifications.success(getTranslation("tier.tables.revised"));
                show();
            }
        });
        copy.setId("revise-" + t.id());
        HorizontalLayout row = new HorizontalLayout(name, validFrom, copy);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rewardTables");
    }
}
