package jp.tsunagu.requirements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.requirements.MinimumWageEntry;
import jp.tsunagu.requirements.MinimumWages;
import jp.tsunagu.security.AppRoles;

/** The prefecture's minimum wage by the date it takes effect, for the wage advisor's minimum-wage ratio. */
@Route("admin/minimum-wage")
@Menu(order = 94, icon = "vaadin:coin-piles", title = "nav.minimumWage")
@RolesAllowed(AppRoles.ADMIN)
class MinimumWageView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MinimumWageEntry> grid = new Grid<>();
    final DatePicker from;
    final IntegerField yen = new IntegerField();
    final TextField prefecture = new TextField();
    final Button save = new Button();

    MinimumWageView(MinimumWages wages) {
        setMaxWidth("50em");
        add(new Paragraph(getTranslation("minimumWage.explain", wages.prefecture())));
        prefecture.setValue(wages.prefecture());
        grid.setId("minimum-wages");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(w -> Formats.date(w.effectiveFrom())).setHeader(getTranslation("minimumWage.from"));
        grid.addColumn(MinimumWageEntry::prefecture).setHeader(getTranslation("minimumWage.prefecture"));
        grid.addColumn(w -> Formats.yen((long) w.yenPerHour()) + "/h")
                .setHeader(getTranslation("minimumWage.yen"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("minimumWage.none"));
        from = DatePickers.create(getTranslation("minimumWage.from"), getLocale());
        from.setId("wage-from");
        yen.setLabel(getTranslation("minimumWage.yen"));
        yen.setMin(MinimumWages.MIN_YEN);
        yen.setMax(MinimumWages.MAX_YEN);
        yen.setSuffixComponent(new Span(getTranslation("unit.yen") + "/h"));
        yen.setId("wage-yen");
        prefecture.setLabel(getTranslation("minimumWage.prefecture"));
        prefecture.setMaxLength(MinimumWages.PREFECTURE_MAX);
        prefecture.setId("wage-prefecture");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-wage");
        Map<String, HasValidation> fields = Map.of("from", from, "yen", yen, "prefecture", prefecture);
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                wages.set(from.getValue(), yen.getValue(), prefecture.getValue());
            } catch (UserFacingException refusal) {
                Refusals.showBeside(refusal, fields, this);
                return;
            }
            Notifications.success(getTranslation("minimumWage.saved"));
            grid.setItems(wages.all());
        });
        HorizontalLayout form = new HorizontalLayout(from, prefecture, yen, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        grid.setItems(wages.all());
        wages.all().stream().findFirst().ifPresent(w -> prefecture.setValue(w.prefecture()));
        add(grid, new H2(getTranslation("minimumWage.set")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.minimumWage");
    }
}
