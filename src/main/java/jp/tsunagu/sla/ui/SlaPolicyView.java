package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.AgreementKind;
import jp.tsunagu.sla.SlaPolicyService;
import jp.tsunagu.sla.SlaPolicyService.PolicyRow;
import jp.tsunagu.sla.SlaUnit;

/** The admin's SLA policies: how long each hand-off may take, per kind of work, and when to warn. */
@Route("admin/sla-policies")
@Menu(order = 91, icon = "vaadin:timer", title = "nav.slaPolicies")
@RolesAllowed(AppRoles.ADMIN)
class SlaPolicyView extends VerticalLayout implements HasDynamicTitle {

    private final SlaPolicyService policies;
    final Grid<PolicyRow> grid = new Grid<>();

    SlaPolicyView(SlaPolicyService policies) {
        this.policies = policies;
        setSizeFull();
        grid.setId("policy-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> getTranslation("sla.kind." + AgreementKind.of(p.stage())))
                .setHeader(getTranslation("sla.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("stage." + p.stage()))
                .setHeader(getTranslation("sla.col.stage"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.category() == null
                        ? getTranslation("sla.policy.allCategories")
                        : getTranslation("category." + p.category()))
                .setHeader(getTranslation("deal.category"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("deal.priority." + p.priority()))
                .setHeader(getTranslation("deal.priority"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("sla.unit.amount." + p.unit(), p.duration()))
                .setHeader(getTranslation("sla.policy.duration"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.warnPercent() + "% / " + p.riskPercent() + "%")
                .setHeader(getTranslation("sla.policy.thresholds"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.updatedBy() + " " + Formats.dateTime(p.updatedAt()))
                .setHeader(getTranslation("sla.policy.updated"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setItems(policies.all());
        add(new Paragraph(getTranslation("sla.policy.explain")), grid);
    }

    void edit(PolicyRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("stage." + row.stage()) + " / "
                + (row.category() == null
                        ? getTranslation("sla.policy.allCategories")
                        : getTranslation("category." + row.category()))
                + " / " + getTranslation("deal.priority." + row.priority()));
        Select<SlaUnit> unit = new Select<>();
        unit.setLabel(getTranslation("sla.policy.unit"));
        unit.setItems(SlaUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("sla.unit." + u));
        unit.setValue(row.unit());
        IntegerField duration = number("sla.policy.duration", row.duration());
        IntegerField warn = number("sla.policy.warn", row.warnPercent());
        IntegerField risk = number("sla.policy.risk", row.riskPercent());
        duration.setId("policy-duration");
        warn.setId("policy-warn");
        risk.setId("policy-risk");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                policies.update(
                        row.id(),
                        row.version(),
                        unit.getValue(),
                        duration.getValue(),
                        warn.getValue(),
                        risk.getValue());
            } catch (UserFacingException refusal) {
                // Keep the dialog and what was typed; say why beside the field.
                Map<String, HasValidation> fields =
                        Map.of("unit", unit, "duration", duration, "warn", warn, "risk", risk);
                fields.values().forEach(f -> f.setInvalid(false));
                Refusals.showBeside(refusal, fields, this);
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("sla.policy.saved"));
            grid.setItems(policies.all());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("policy-save");
        FormLayout form = new FormLayout(unit, duration, warn, risk);
        dialog.add(new Paragraph(getTranslation("sla.policy.newClocksOnly")), form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private IntegerField number(String labelKey, int value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("sla.policy.number")));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.slaPolicies");
    }
}
