package jp.tsunagu.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.kpi.KpiPlanService;

/** Sales costs of the year's twelve months, for the customer acquisition cost. */
class SalesCostDialog extends Dialog {

    final Map<YearMonth, BigDecimalField> fields = new LinkedHashMap<>();
    final Paragraph total = new Paragraph();
    final Button save = new Button();

    SalesCostDialog(KpiPlanService kpis, int fiscalYear, Runnable saved) {
        setHeaderTitle(getTranslation("kpi.cost.title", String.valueOf(fiscalYear)));
        setWidth("min(44em, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30em", 3));
        kpis.salesCosts(fiscalYear).forEach((month, amount) -> {
            BigDecimalField f =
                    new BigDecimalField(month.getYear() + "/" + String.format("%02d", month.getMonthValue()));
            f.setId("cost-" + month);
            f.setSuffixComponent(new Div(getTranslation("unit.yen")));
            f.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                    .setBadInputErrorMessage(getTranslation("kpi.input.invalid")));
            if (amount != null) {
                f.setValue(BigDecimal.valueOf(amount));
            }
            f.addValueChangeListener(e -> showTotal());
            fields.put(month, f);
            form.add(f);
        });
        total.setId("cost-total");
        showTotal();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("cost-save");
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            Map<YearMonth, Long> costs = new LinkedHashMap<>();
            for (Map.Entry<YearMonth, BigDecimalField> f : fields.entrySet()) {
                BigDecimal v = f.getValue().getValue();
                if (f.getValue().isInvalid()
                        || (v != null
                                && (v.scale() > 0 && v.stripTrailingZeros().scale() > 0))) {
                    f.getValue()
                            .setErrorMessage(getTranslation(
                                    "kpi.cost.range",
                                    f.getKey().getYear() + "/" + f.getKey().getMonthValue()));
                    f.getValue().setInvalid(true);
                    return;
                }
                costs.put(f.getKey(), v == null ? null : v.longValue());
            }
            try {
                kpis.saveSalesCosts(costs);
            } catch (UserFacingException refusal) {
                BigDecimalField field = refusal.field() == null ? null : fields.get(YearMonth.parse(refusal.field()));
                Refusals.showBeside(refusal, field == null ? Map.of() : Map.of(refusal.field(), field), this);
                return;
            }
            Notifications.success(getTranslation("kpi.cost.saved"));
            close();
            saved.run();
        });
        add(new Paragraph(getTranslation("kpi.cost.explain")), form, total);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showTotal() {
        long sum = fields.values().stream()
                .map(BigDecimalField::getValue)
                .filter(Objects::nonNull)
                .mapToLong(BigDecimal::longValue)
                .sum();
        total.setText(getTranslation("kpi.cost.total") + "：" + Formats.yen(sum));
    }
}
