package jp.tsunagu.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.delivery.ErrorTypeOption;
import jp.tsunagu.delivery.ErrorTypes;
import jp.tsunagu.security.AppRoles;

/** The kinds of error inspectors count: the admin adds, renames and retires them. */
@Route("admin/error-types")
@Menu(order = 95, icon = "vaadin:bug-o", title = "nav.errorTypes")
@RolesAllowed(AppRoles.ADMIN)
class ErrorTypesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ErrorTypeOption> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField labelJa = new TextField();
    final TextField labelEn = new TextField();
    private final ErrorTypes types;

    ErrorTypesView(ErrorTypes types) {
        this.types = types;
        setMaxWidth("60em");
        add(new Paragraph(getTranslation("errorType.explain")));
        grid.setId("error-types");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ErrorTypeOption::code)
                .setHeader(getTranslation("errorType.code"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> editable(t, true)).setHeader(getTranslation("errorType.labelJa"));
        grid.addComponentColumn(t -> editable(t, false)).setHeader(getTranslation("errorType.labelEn"));
        grid.addComponentColumn(t -> {
                    Checkbox active = new Checkbox(t.active());
                    active.setAriaLabel(getTranslation("errorType.active"));
                    active.addValueChangeListener(e -> {
                        types.update(t.code(), t.labelJa(), t.labelEn(), e.getValue());
                        Notifications.success(getTranslation("errorType.saved"));
                        refresh();
                    });
                    return active;
                })
                .setHeader(getTranslation("errorType.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        code.setLabel(getTranslation("errorType.code"));
        code.setHelperText(getTranslation("errorType.code.help"));
        code.setId("type-code");
        labelJa.setLabel(getTranslation("errorType.labelJa"));
        labelJa.setMaxLength(ErrorTypes.LABEL_MAX);
        labelJa.setId("type-label-ja");
        labelEn.setLabel(getTranslation("errorType.labelEn"));
        labelEn.setMaxLength(ErrorTypes.LABEL_MAX);
        labelEn.setId("type-label-en");
        Button add = new Button(getTranslation("errorType.add"), e -> {
            if (!Refusals.attempt(
                    Map.of("code", code, "labelJa", labelJa, "labelEn", labelEn),
                    this,
                    () -> types.add(code.getValue(), labelJa.getValue(), labelEn.getValue()))) {
                return;
            }
            Notifications.success(getTranslation("errorType.saved"));
            code.clear();
            labelJa.clear();
            labelEn.clear();
            refresh();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-type");
        HorizontalLayout form = new HorizontalLayout(code, labelJa, labelEn, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(grid, new H2(getTranslation("errorType.add")), form);
        refresh();
    }

    private TextField editable(ErrorTypeOption t, boolean ja) {
        TextField field = new TextField();
        field.setValue(ja ? t.labelJa() : t.labelEn());
        field.setMaxLength(ErrorTypes.LABEL_MAX);
        field.setWidthFull();
        field.setAriaLabel(getTranslation(ja ? "errorType.labelJa" : "errorType.labelEn"));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (!Refusals.attempt(
                        Map.of(ja ? "labelJa" : "labelEn", field),
                        this,
                        () -> types.update(
                                t.code(),
                                ja ? e.getValue() : t.labelJa(),
                                ja ? t.labelEn() : e.getValue(),
                                t.active()))) {
                    return;
                }
                Notifications.success(getTranslation("errorType.saved"));
                refresh();
            }
        });
        return field;
    }

    private void refresh() {
        grid.setItems(types.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.errorTypes");
    }
}
