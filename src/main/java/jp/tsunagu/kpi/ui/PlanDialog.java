package jp.tsunagu.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.FormShortcuts;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.kpi.Kpi;
import jp.tsunagu.kpi.KpiPlanService;

/** The year's plan, one field per figure (rates in %); saved whole or, on a bad value, not at all. */
class PlanDialog extends Dialog {

    final Map<Kpi, BigDecimalField> fields = new EnumMap<>(Kpi.class);
    final Button save = new Button();

    PlanDialog(KpiPlanService kpis, int fiscalYear, Runnable saved) {
        setHeaderTitle(getTranslation("kpi.plan.title", String.valueOf(fiscalYear)));
        setWidth("min(56em, 95vw)");
        Map<Kpi, Double> plan = kpis.plan(fiscalYear);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        for (Kpi k : Kpi.values()) {
            BigDecimalField f = new BigDecimalField(getTranslation(k.messageKey()));
            f.setId("plan-" + k.name());
            f.setSuffixComponent(new Div(unit(k)));
            f.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                    .setBadInputErrorMessage(getTranslation("kpi.input.invalid")));
            Double v = plan.get(k);
            if (v != null) {
                BigDecimal shown = BigDecimal.valueOf(k.kind() == Table.Kind.PERCENT ? v * 100 : v);
                f.setValue(shown.setScale(
                        k.kind() == Table.Kind.YEN || k.kind() == Table.Kind.COUNT ? 0 : 1, RoundingMode.HALF_UP));
            }
            fields.put(k, f);
            form.add(f);
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("plan-save");
        FormShortcuts.submitOn(save, this);
        save.addClickListener(e -> {
            if (fields.values().stream().anyMatch(BigDecimalField::isInvalid)) {
                // Each field that cannot be read already says so beside it.
                return;
            }
            fields.values().forEach(f -> f.setInvalid(false));
            Map<Kpi, BigDecimal> values = new EnumMap<>(Kpi.class);
            fields.forEach((k, f) -> values.put(
                    k,
                    f.getValue() == null
                            ? null
                            : k.kind() == Table.Kind.PERCENT ? f.getValue().movePointLeft(2) : f.getValue()));
            try {
                kpis.savePlan(fiscalYear, values);
            } catch (UserFacingException refusal) {
                String name = refusal.params().length > 0 ? getTranslation(String.valueOf(refusal.params()[0])) : "";
                BigDecimalField field = refusal.field() == null ? null : fields.get(Kpi.valueOf(refusal.field()));
                if (field == null) {
                    Notifications.error(getTranslation(refusal.messageKey(), name));
                } else {
                    field.setErrorMessage(getTranslation(refusal.messageKey(), name));
                    field.setInvalid(true);
                }
                return;
            }
            Notifications.success(getTranslation("kpi.plan.saved"));
            close();
            saved.run();
        });
        add(new Paragraph(getTranslation("kpi.plan.explain")), form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private String unit(Kpi k) {
        return switch (k.kind()) {
            case YEN -> getTranslation("unit.yen");
            case PERCENT -> "%";
            case DAYS -> getTranslation("kpi.unit.days").strip();
            default -> "";
        };
    }
}
