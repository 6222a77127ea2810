package jp.tsunagu.sla.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.base.ui.ChartJs;
import jp.tsunagu.sla.SlaHistory.Week;

/** Week by week: median facility-assignment lead time of PC work and of the rest, and share met. */
class TrendChart extends ChartJs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("M/d");

    TrendChart() {
        setId("sla-trend");
    }

    void show(List<Week> weeks, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Double> pc = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        List<Double> met = new ArrayList<>();
        for (Week w : weeks) {
            labels.add(WEEK.format(w.weekStart()));
            pc.add(w.pcMedian());
            other.add(w.otherMedian());
            met.add(Math.round(w.shareMet() * 1000) / 10.0);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put(
                "data",
                Map.of(
                        "labels",
                        labels,
                        "datasets",
                        List.of(
                                line(getTranslation("sla.trend.pc"), pc, "#2b44a8", "y"),
                                line(getTranslation("sla.trend.other"), other, "#1d7a5a", "y"),
                                Map.of(
                                        "type",
                                        "bar",
                                        "label",
                                        getTranslation("sla.trend.met"),
                                        "data",
                                        met,
                                        "yAxisID",
                                        "pct",
                                        "backgroundColor",
                                        "rgba(120,120,120,0.18)"))));
        config.put(
                "options",
                Map.of(
                        "responsive",
                        true,
                        "maintainAspectRatio",
                        false,
                        "spanGaps",
                        true,
                        "interaction",
                        Map.of("mode", "index", "intersect", false),
                        "scales",
                        Map.of(
                                "y",
                                        Map.of(
                                                "position",
                                                "left",
                                                "beginAtZero",
                                                true,
                                                "title",
                                                Map.of("display", true, "text", getTranslation("sla.trend.days"))),
                                "pct",
                                        Map.of(
                                                "position",
                                                "right",
                                                "min",
                                                0,
                                                "max",
                                                100,
                                                "grid",
                                                Map.of("drawOnChartArea", false),
                                                "title",
                                                Map.of(
                                                        "display",
                                                        true,
                                                        "text",
                                                        getTranslation("sla.trend.metAxis"))))));
        try {
            setConfig(JSON.writeValueAsString(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> line(String label, List<Double> data, String colour, String axis) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "line");
        d.put("label", label);
        d.put("data", data);
        d.put("borderColor", colour);
        d.put("backgroundColor", colour);
        d.put("tension", 0.25);
        d.put("yAxisID", axis);
        return d;
    }
}
