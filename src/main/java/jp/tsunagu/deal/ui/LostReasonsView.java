package jp.tsunagu.deal.ui;

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
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.LostReasons;
import jp.tsunagu.security.AppRoles;

/**
 * The admin's list of lost reasons. A reason in use is retired rather than deleted, so old deals keep
 * their reason and the lost-amount figures stay whole.
 */
@Route("admin/lost-reasons")
@Menu(order = 93, icon = "vaadin:close-circle-o", title = "nav.lostReasons")
@RolesAllowed(AppRoles.ADMIN)
class LostReasonsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<LostReasonOption> grid = new Grid<>();
    final TextField labelJa = new TextField();
    final TextField labelEn = new TextField();
    final Checkbox needsNote = new Checkbox();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final Button add = new Button();
    private final LostReasons reasons;

    LostReasonsView(LostReasons reasons) {
        this.reasons = reasons;
        setMaxWidth("60em");
        add(new Paragraph(getTranslation("lostReasons.explain")));
        grid.setId("lost-reasons");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LostReasonOption::labelJa)
                .setHeader(getTranslation("lostReasons.labelJa"))
                .setFlexGrow(2);
        grid.addColumn(LostReasonOption::labelEn)
                .setHeader(getTranslation("lostReasons.labelEn"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.needsNote() ? "✓" : "")
                .setHeader(getTranslation("lostReasons.needsNote"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> r.active()
                        ? Badges.of(getTranslation("lostReasons.active"), "status-open")
                        : Badges.of(getTranslation("lostReasons.retired"), "stage"))
                .setHeader(getTranslation("lostReasons.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        labelJa.setLabel(getTranslation("lostReasons.labelJa"));
        labelJa.setMaxLength(100);
        labelJa.setId("reason-label-ja");
        labelEn.setLabel(getTranslation("lostReasons.labelEn"));
        labelEn.setMaxLength(100);
        needsNote.setLabel(getTranslation("lostReasons.needsNote"));
        active.setLabel(getTranslation("lostReasons.active"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-reason");
        save.addClickListener(e -> saveSelected());
        add.setText(getTranslation("lostReasons.add"));
        add.setId("add-reason");
        add.addClickListener(e -> {
            LostReasonOption[] created = new LostReasonOption[1];
            if (!Refusals.attempt(
                    labels(),
                    this,
                    () -> created[0] = reasons.add(labelJa.getValue(), labelEn.getValue(), needsNote.getValue()))) {
                return;
            }
            Notifications.success(getTranslation("lostReasons.added", created[0].labelJa()));
            refresh();
        });
        HorizontalLayout form = new HorizontalLayout(labelJa, labelEn, needsNote, active, save, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(grid, new H2(getTranslation("lostReasons.edit")), form);
        refresh();
    }

    private void edit(LostReasonOption r) {
        save.setEnabled(r != null);
        if (r == null) {
            return;
        }
        labelJa.setValue(r.labelJa());
        labelEn.setValue(r.labelEn());
        needsNote.setValue(r.needsNote());
        active.setValue(r.active());
    }

    private void saveSelected() {
        LostReasonOption selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        if (!Refusals.attempt(
                labels(),
                this,
                () -> reasons.update(
                        selected.code(),
                        labelJa.getValue(),
                        labelEn.getValue(),
                        needsNote.getValue(),
                        active.getValue()))) {
            return;
        }
        Notifications.success(getTranslation("lostReasons.saved"));
        refresh();
    }

    private Map<String, TextField> labels() {
        return Map.of("labelJa", labelJa, "labelEn", labelEn);
    }

    private void refresh() {
        grid.setItems(reasons.all());
        labelJa.clear();
        labelEn.clear();
        needsNote.clear();
        active.setValue(true);
        save.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lostReasons");
    }
}
