package jp.tsunagu.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import jp.tsunagu.base.Table;

/** How a figure is written: ¥1,234,000, 102, 26.0%, 5.2 営業日; a dash where there is nothing to show. */
public final class KpiFormat {

    public static final String NONE = "—";

    private KpiFormat() {}

    public static String value(Kpi kpi, Double v, Locale locale) {
        if (v == null) {
            return NONE;
        }
        return (v < 0 ? "−" : "") + plain(kpi.kind(), Math.abs(v), locale);
    }

    /** The difference with its sign (+¥1,000 / −3.5 pt for rates). */
    public static String difference(Kpi kpi, Double d, Locale locale) {
        if (d == null) {
            return NONE;
        }
        String sign = d > 0 ? "+" : d < 0 ? "−" : "±";
        if (kpi.kind() == Table.Kind.PERCENT) {
            return sign + scaled(Math.abs(d) * 100, 1) + " pt";
        }
        return sign + plain(kpi.kind(), Math.abs(d), locale);
    }

    public static String plain(Table.Kind kind, double v, Locale locale) {
        return switch (kind) {
            case YEN -> new DecimalFormat("¥#,##0", DecimalFormatSymbols.getInstance(Locale.JAPAN))
                    .format(Math.round(v));
            case PERCENT -> scaled(v * 100, 1) + "%";
            case DAYS -> scaled(v, 1) + KpiSql.t("kpi.unit.days", locale);
            default -> new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.JAPAN)).format(v);
        };
    }

    /** Yen in 万円 for wide tables and chart axes: ¥1,234,000 → 123.4万円. */
    public static String man(double yen) {
        return scaled(yen / 10_000, 1).replaceAll("\\.0$", "") + "万円";
    }

    private static String scaled(double v, int digits) {
        return new DecimalFormat("#,##0." + "0".repeat(digits), DecimalFormatSymbols.getInstance(Locale.JAPAN))
                .format(BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP));
    }
}
