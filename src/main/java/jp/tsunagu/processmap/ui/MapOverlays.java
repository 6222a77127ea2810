package jp.tsunagu.processmap.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.processmap.ProcessMap.ActivityLoad;

/**
 * The badges and colours on the diagram, as JSON for {@link BpmnDiagram}: each activity's figures, and a class from
 * 0 (quiet) to 3 (busiest, or most of it late) by the chosen measure.
 */
final class MapOverlays {

    private MapOverlays() {}

    static String json(List<ActivityLoad> rows, String colourBy, Component t) {
        long most = rows.stream().mapToLong(ActivityLoad::open).max().orElse(0);
        StringBuilder out = new StringBuilder("[");
        for (ActivityLoad l : rows) {
            int level = "breach".equals(colourBy) ? breachLevel(l) : loadLevel(l.open(), most);
            String median = l.medianDays() == null ? "" : t.getTranslation("map.badge.median", l.medianDays());
            String html = "<span class=\"map-open\">" + l.open() + "</span>"
                    + (l.atRisk() > 0 ? "<span class=\"map-risk\">⚠" + l.atRisk() + "</span>" : "")
                    + (l.breached() > 0 ? "<span class=\"map-late\">✕" + l.breached() + "</span>" : "")
                    + (median.isEmpty() ? "" : "<span class=\"map-median\">" + median + "</span>");
            String label = t.getTranslation("map.badge.label", l.open(), l.atRisk(), l.breached())
                    + (median.isEmpty() ? "" : " " + median);
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"id\":")
                    .append(quote(l.activityId()))
                    .append(",\"html\":")
                    .append(quote(html))
                    .append(",\"label\":")
                    .append(quote(label))
                    .append(",\"cls\":")
                    .append(quote(String.format(Locale.ROOT, "map-%s-%d", colourBy, level)))
                    .append('}');
        }
        return out.append(']').toString();
    }

    static int loadLevel(long open, long most) {
        if (open == 0 || most == 0) {
            return 0;
        }
        return (int) Math.min(3, 1 + (2 * open) / most);
    }

    static int breachLevel(ActivityLoad l) {
        double share = l.breachShare();
        return share == 0 ? 0 : share < 0.1 ? 1 : share < 0.3 ? 2 : 3;
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
