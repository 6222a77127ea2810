package jp.tsunagu.kpi.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.kpi.KpiReport;
import jp.tsunagu.sla.AssignmentLeadTimes;
import jp.tsunagu.wages.LedgerRow;

/** The dashboard's charts (Chart.js configurations): the funnel, demand and orders by month, lead times, wages, production. */
final class KpiCharts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KpiCharts() {}

    static void draw(KpiDashboardView v, KpiReport report) {
        List<String> steps = Arrays.asList("LEAD", "REQUIREMENTS", "HANDOVER", "ASSIGNMENT", "TRIAL", "DELIVERY", "QA");
        v.funnel.setConfig(json(Map.of(
                "type",
                "bar",
                "data",
                Map.of(
                        "labels",
                        steps.stream().map(s -> v.getTranslation("stage." + s)).toList(),
                        "datasets",
                        List.of(Map.of(
                                "label",
                                v.getTranslation("kpi.chart.funnel.deals"),
                                "data",
                                report.funnel(),
                                "backgroundColor",
                                KpiDashboardView.PC_COLOUR))),
                "options",
                Map.of(
                        "indexAxis",
                        "y",
                        "maintainAspectRatio",
                        false,
                        "plugins",
                        Map.of("legend", Map.of("display", false))))));

        List<String> months = FiscalYears.months(report.filter().fiscalYear()).stream()
                .map(m -> m.getMonthValue() + (v.locale().getLanguage().equals("ja") ? "月" : ""))
                .toList();
        v.monthly.setConfig(json(Map.of(
                "type",
                "bar",
                "data",
                Map.of(
                        "labels",
                        months,
                        "datasets",
                        List.of(
                                Map.of(
                                        "label",
                                        v.getTranslation("kpi.chart.monthly.demand"),
                                        "data",
                                        man(report.monthlyDemand()),
                                        "backgroundColor",
                                        "#9fb3e0"),
                                Map.of(
                                        "label",
                                        v.getTranslation("kpi.chart.monthly.orders"),
                                        "data",
                                        man(report.monthlyOrders()),
                                        "backgroundColor",
                                        KpiDashboardView.PC_COLOUR))),
                "options",
                Map.of(
                        "maintainAspectRatio",
                        false,
                        "scales",
                        Map.of("y", Map.of("title", Map.of("display", true, "text", "万円")))))));

        AssignmentLeadTimes.Figures lt = report.leadTimes();
        List<String> days = new ArrayList<>();
        for (int d = 0; d <= AssignmentLeadTimes.MAX_DAY; d++) {
            days.add(
                    d == AssignmentLeadTimes.MAX_DAY
                            ? v.getTranslation("kpi.chart.leadTime.more", d)
                            : d + "–" + (d + 1));
        }
        v.leadTimes.setConfig(json(Map.of(
                "type",
                "bar",
                "data",
                Map.of(
                        "labels",
                        days,
                        "datasets",
                        List.of(
                                Map.of(
                                        "label",
                                        v.getTranslation("kpi.chart.leadTime.pc") + "（"
                                                + lt.pc().count() + "）",
                                        "data",
                                        lt.pc().days(),
                                        "backgroundColor",
                                        KpiDashboardView.PC_COLOUR),
                                Map.of(
                                        "label",
                                        v.getTranslation("kpi.chart.leadTime.other") + "（"
                                                + lt.other().count() + "）",
                                        "data",
                                        lt.other().days(),
                                        "backgroundColor",
                                        KpiDashboardView.OTHER_COLOUR))),
                "options",
                Map.of(
                        "maintainAspectRatio",
                        false,
                        "scales",
                        Map.of(
                                "x",
                                        Map.of(
                                                "title",
                                                Map.of(
                                                        "display",
                                                        true,
                                                        "text",
                                                        v.getTranslation("kpi.chart.leadTime.axis"))),
                                "y",
                                        Map.of(
                                                "title",
                                                Map.of(
                                                        "display",
                                                        true,
                                                        "text",
                                                        v.getTranslation("kpi.chart.leadTime.count")),
                                                "ticks",
                                                Map.of("precision", 0)))))));

        List<LedgerRow> withWorkers =
                report.wages().stream().filter(r -> r.perWorker() != null).toList();
        v.wages.setConfig(json(Map.of(
                "type",
                "bar",
                "data",
                Map.of(
                        "labels",
                        withWorkers.stream().map(LedgerRow::facilityName).toList(),
                        "datasets",
                        List.of(
                                Map.of(
                                        "label",
                                        v.getTranslation("kpi.chart.wages.before"),
                                        "data",
                                        withWorkers.stream()
                                                .map(r -> r.wageBefore() == null ? 0 : r.wageBefore())
                                                .toList(),
                                        "backgroundColor",
                                        "#b8bec9"),
                                Map.of(
                                        "label",
                                        v.getTranslation("kpi.chart.wages.after"),
                                        "data",
                                        withWorkers.stream()
                                                .map(LedgerRow::perWorker)
                                                .toList(),
                                        "backgroundColor",
                                        KpiDashboardView.OTHER_COLOUR))),
                "options",
                Map.of(
                        "maintainAspectRatio",
                        false,
                        "scales",
                        Map.of("y", Map.of("title", Map.of("display", true, "text", "円")))))));

        drawProduction(v, report);
    }

    /** The training material's chart: paid work stacked by kind of work, and the target wage total as a line. */
    private static void drawProduction(KpiDashboardView v, KpiReport report) {
        List<KpiReport.Production> rows = report.production();
        List<Object> datasets = new ArrayList<>();
        String[] colours = {KpiDashboardView.PC_COLOUR, "#e0a030", KpiDashboardView.OTHER_COLOUR};
        for (WorkCategory c : WorkCategory.values()) {
            datasets.add(Map.of(
                    "type",
                    "bar",
                    "label",
                    v.getTranslation("category." + c.name()),
                    "stack",
                    "work",
                    "data",
                    rows.stream().map(r -> r.monthly().getOrDefault(c, 0L)).toList(),
                    "backgroundColor",
                    colours[c.ordinal() % colours.length]));
        }
        Long target = report.targetWage();
        if (target != null) {
            datasets.add(
                    0,
                    Map.of(
                            "type",
                            "line",
                            "label",
                            v.getTranslation("kpi.chart.production.target"),
                            "data",
                            rows.stream()
                                    .map(r -> r.workers() == null ? null : Math.round(target * r.workers()))
                                    .toList(),
                            "borderColor",
                            "#c0392b",
                            "backgroundColor",
                            "#c0392b",
                            "showLine",
                            false,
                            "pointStyle",
                            "line",
                            "pointRadius",
                            18,
                            "pointBorderWidth",
                            3));
            v.productionNote.setText(v.getTranslation("kpi.chart.production.explain", Formats.yen(target)));
        } else {
            v.productionNote.setText(v.getTranslation("kpi.chart.production.noTarget"));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("maintainAspectRatio", false);
        options.put(
                "scales",
                Map.of(
                        "x",
                        Map.of("stacked", true),
                        "y",
                        Map.of("stacked", true, "title", Map.of("display", true, "text", "円"))));
        v.production.setConfig(json(Map.of(
                "type",
                "bar",
                "data",
                Map.of(
                        "labels",
                        rows.stream().map(KpiReport.Production::facilityName).toList(),
                        "datasets",
                        datasets),
                "options",
                options)));
    }

    private static double[] man(long[] yen) {
        return Arrays.stream(yen)
                .mapToDouble(v -> Math.round(v / 1000.0) / 10.0)
                .toArray();
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
