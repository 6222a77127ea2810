package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.PauseReasons;

/** The reasons a clock may stop, each charged to a party: the admin names, charges, adds and retires them. */
@Route("admin/pause-reasons")
@Menu(order = 93.5, icon = "vaadin:pause", title = "nav.pauseReasons")
@RolesAllowed(AppRoles.ADMIN)
class PauseReasonsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PauseReasons.Reason> grid = new Grid<>();
    final TextField labelJa = new TextField();
    final TextField labelEn = new TextField();
    final Select<String> chargedTo = new Select<>();
    final Checkbox needsText = new Checkbox();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final Button add = new Button();
    private final PauseReasons reasons;

    PauseReasonsView(PauseReasons reasons) {
        this.reasons = reasons;
        setMaxWidth("60em");
        Paragraph explain = new Paragraph(getTranslation("pauseReasons.explain"));
        explain.addClassName("muted");
        grid.setId("pause-reasons");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.label(UI.getCurrent().getLocale()))
                .setHeader(getTranslation("sla.pause.why"))
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation("sla.charged." + r.chargedTo()))
                .setHeader(getTranslation("pauseReasons.chargedTo"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.active()
                        ? Badges.of(getTranslation("pauseReasons.active"), "stage")
                        : Badges.of(getTranslation("lostReasons.retired"), "stage"))
                .setHeader(getTranslation("pauseReasons.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        labelJa.setLabel(getTranslation("pauseReasons.labelJa"));
        labelJa.setMaxLength(PauseReasons.LABEL_MAX);
        labelJa.setId("pause-reason-ja");
        labelEn.setLabel(getTranslation("pauseReasons.labelEn"));
        labelEn.setMaxLength(PauseReasons.LABEL_MAX);
        labelEn.setId("pause-reason-en");
        chargedTo.setLabel(getTranslation("pauseReasons.chargedTo"));
        chargedTo.setItems(List.of("CUSTOMER", "COMPANY", "INTERMEDIARY", "FACILITY"));
        chargedTo.setItemLabelGenerator(p -> getTranslation("sla.charged." + p));
        chargedTo.setId("pause-reason-party");
        needsText.setLabel(getTranslation("pauseReasons.needsText"));
        active.setLabel(getTranslation("pauseReasons.active"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-pause-reason");
        save.addClickListener(e -> {
            PauseReasons.Reason selected = grid.asSingleSelect().getValue();
            if (selected != null
                    && Refusals.attempt(
                            fields(),
                            this,
                            () -> reasons.update(
                                    selected.code(),
                                    labelJa.getValue(),
                                    labelEn.getValue(),
                                    chargedTo.getValue(),
                                    needsText.getValue(),
                                    active.getValue()))) {
                Notifications.success(getTranslation("pauseReasons.saved"));
                refresh();
            }
        });
        add.setText(getTranslation("pauseReasons.add"));
        add.setId("add-pause-reason");
        add.addClickListener(e -> {
            if (Refusals.attempt(
                    fields(),
                    this,
                    () -> reasons.add(
                            labelJa.getValue(), labelEn.getValue(), chargedTo.getValue(), needsText.getValue()))) {
                Notifications.success(getTranslation("pauseReasons.saved"));
                refresh();
            }
        });
        HorizontalLayout form = new HorizontalLayout(labelJa, labelEn, chargedTo, needsText, active, save, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(explain, grid, form);
        refresh();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("labelJa", labelJa, "labelEn", labelEn, "chargedTo", chargedTo);
    }

    private void edit(PauseReasons.Reason r) {
        save.setEnabled(r != null);
        if (r == null) {
            return;
        }
        labelJa.setValue(r.labelJa());
        labelEn.setValue(r.labelEn());
        chargedTo.setValue(r.chargedTo());
        needsText.setValue(r.needsText());
        active.setValue(r.active());
    }

    private void refresh() {
        grid.setItems(reasons.all());
        labelJa.clear();
        labelEn.clear();
        chargedTo.clear();
        needsText.clear();
        active.setValue(true);
        save.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pauseReasons");
    }
}
