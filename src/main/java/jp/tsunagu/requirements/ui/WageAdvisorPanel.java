package jp.tsunagu.requirements.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.requirements.MinimumWageEntry;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.WageAdvisor;
import jp.tsunagu.requirements.WageFigures;

/**
 * What the price means for the workers: hourly sales per supporter and its ratio to the minimum wage, the
 * hourly sales and monthly wage of fast, average and slow workers, next to home piece-work pay. A price
 * below the ¥380/h floor is flagged in red with the unit price that would reach it.
 */
class WageAdvisorPanel extends Div {

    /** Whether the panel speaks to office staff (who can have an outdated minimum wage updated). */
    private final boolean forStaff;

    WageAdvisorPanel() {
        this(true);
    }

    WageAdvisorPanel(boolean forStaff) {
        this.forStaff = forStaff;
        addClassName("wage-advisor");
        setId("wage-advisor");
    }

    void show(RequirementsForm form, WageFigures f, MinimumWageEntry minimumWage) {
        removeAll();
        add(new H4(getTranslation("wage.title")));
        if (f.supporterHourly() == null) {
            add(new Paragraph(getTranslation(
                    form.getPricingBasis() == PricingBasis.PER_DAY || form.getPricingBasis() == PricingBasis.PER_MONTH
                            ? "wage.needTeam"
                            : "wage.needInputs")));
            return;
        }
        Div headline = new Div();
        headline.addClassName("wage-headline");
        headline.add(figure("wage.supporterHourly", yenPerHour(f.supporterHourly()), "wage-supporter"));
        headline.add(figure(
                "wage.minimumWageRatio",
                f.minimumWageRatio() == null ? "—" : WageAdvisor.percent(f.minimumWageRatio()) + "%",
                "wage-ratio"));
        headline.add(figure("wage.benchmark", getTranslation("wage.benchmark.value"), null));
        add(headline);
        if (minimumWage == null) {
            add(new Paragraph(getTranslation("wage.noMinimumWage")));
        } else {
            add(new Paragraph(getTranslation(
                    "wage.minimumWage",
                    minimumWage.prefecture(),
                    getTranslation("wage.perHour", String.format("%,d", minimumWage.yenPerHour())),
                    Formats.date(minimumWage.effectiveFrom()))));
            if (minimumWage.outdated() && forStaff) {
                Paragraph outdated = new Paragraph(
                        getTranslation("wage.minimumWage.outdated", Formats.date(minimumWage.effectiveFrom())));
                outdated.addClassName("warning-text");
                outdated.setId("minimum-wage-outdated");
                add(outdated);
            }
        }

        NativeTable table = new NativeTable();
        table.addClassName("wage-table");
        table.setId("wage-table");
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("wage.who"));
        head.addHeaderCell().setText(getTranslation("wage.hourly"));
        head.addHeaderCell()
                .setText(getTranslation(
                        "wage.monthly",
                        Formats.number(form.getHoursPerDay()),
                        form.getDaysPerMonth() == null ? "" : form.getDaysPerMonth()));
        table.add(head);
        table.add(row("wage.fast", f.fastHourly(), f.fastMonthly()));
        table.add(row("wage.average", f.averageHourly(), f.averageMonthly()));
        table.add(row("wage.slow", f.slowHourly(), f.slowMonthly()));
        table.add(row("wage.homeAverage", WageAdvisor.HOME_WORK_AVERAGE, f.benchmarkAverageMonthly()));
        table.add(row("wage.homeFloor", WageAdvisor.HOME_WORK_FLOOR, f.benchmarkFloorMonthly()));
        add(table);

        Paragraph verdict = new Paragraph();
        verdict.setId("wage-verdict");
        switch (f.level()) {
            case BELOW_FLOOR -> {
                verdict.setText(
                        f.floorPrice() == null
                                ? getTranslation("wage.belowFloor", yenPerHour(f.supporterHourly()))
                                : getTranslation(
                                        "wage.belowFloor.price",
                                        yenPerHour(f.supporterHourly()),
                                        f.floorPrice().stripTrailingZeros().toPlainString()));
                verdict.addClassName("wage-warning");
            }
            case BELOW_AVERAGE -> verdict.setText(getTranslation("wage.belowAverage", yenPerHour(f.supporterHourly())));
            case AT_OR_ABOVE_AVERAGE -> {
                verdict.setText(getTranslation("wage.aboveAverage", yenPerHour(f.supporterHourly())));
                verdict.addClassName("wage-good");
            }
            default -> verdict.setText("");
        }
        add(verdict);
    }

    private Div figure(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("wage-figure-label");
        Span v = new Span(value);
        v.addClassName("wage-figure-value");
        if (id != null) {
            v.setId(id);
        }
        Div d = new Div(label, v);
        d.addClassName("wage-figure");
        return d;
    }

    private NativeTableRow row(String labelKey, BigDecimal hourly, BigDecimal monthly) {
        NativeTableRow r = new NativeTableRow();
        r.addHeaderCell().setText(getTranslation(labelKey));
        NativeTableCell h = r.addDataCell();
        h.setText(hourly == null ? "—" : yenPerHour(hourly));
        NativeTableCell m = r.addDataCell();
        m.setText(monthly == null ? "—" : Formats.yen(WageAdvisor.yen(monthly)));
        return r;
    }

    private String yenPerHour(BigDecimal amount) {
        return getTranslation("wage.perHour", String.format("%,d", WageAdvisor.yen(amount)));
    }
}
