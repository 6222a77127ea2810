package jp.tsunagu.base;

import java.util.List;

/**
 * A table as people see it and take it away: named columns, each with a kind that says how its values are shown
 * (yen, percent, business days, a date, a count or text), rows of values, and where each row leads to (a deal,
 * a customer, a facility) or {@code null}. Screens, CSV and Excel exports are all drawn from one.
 */
public record Table(String title, List<Column> columns, List<Row> rows) {

    public enum Kind {
        TEXT,
        COUNT,
        YEN,
        PERCENT,
        DAYS,
        DATE
    }

    /** A column: its heading (already translated) and its kind. */
    public record Column(String header, Kind kind) {}

    /** A row: values in column order ({@code null} for none; numbers as {@link Number}, dates as LocalDate). */
    public record Row(List<Object> cells, String link) {}
}
