package jp.tsunagu.deal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.base.RowError;
import org.apache.commons.csv.CSVRecord;

/** One line of a deal history file: each cell read with its own error message, in the import's locale. */
/** One line's cells, each read with its own error message, in the import's locale. */
final class HistoryLine {
    private final CSVRecord record;
    private final Map<DealHistoryImport.Col, String> header;
    private final int line;
    private final Locale locale;
    private final List<RowError> errors;
    private final Set<DealHistoryImport.Col> failed = EnumSet.noneOf(DealHistoryImport.Col.class);

    HistoryLine(
            CSVRecord record,
            Map<DealHistoryImport.Col, String> header,
            int line,
            Locale locale,
            List<RowError> errors) {
        this.record = record;
        this.header = header;
        this.line = line;
        this.locale = locale;
        this.errors = errors;
    }

    String raw(DealHistoryImport.Col c) {
        String h = header.get(c);
        if (h == null || !record.isMapped(h) || !record.isSet(h)) {
            return null;
        }
        String v = record.get(h).strip();
        return v.isEmpty() ? null : v;
    }

    void error(DealHistoryImport.Col c, String key, Object... params) {
        failed.add(c);
        errors.add(new RowError(
                line, locale.getLanguage().equals("en") ? c.en : c.ja, DealHistoryImport.t(key, locale, params)));
    }

    boolean hasError(DealHistoryImport.Col c) {
        return failed.contains(c);
    }

    String text(DealHistoryImport.Col c, int max) {
        String v = raw(c);
        if (v == null) {
            error(c, "history.required");
        } else if (v.length() > max) {
            error(c, "history.tooLong", max);
            return null;
        }
        return v;
    }

    WorkCategory category() {
        String v = raw(DealHistoryImport.Col.CATEGORY);
        if (v == null) {
            error(DealHistoryImport.Col.CATEGORY, "history.required");
            return null;
        }
        for (WorkCategory w : WorkCategory.values()) {
            if (w.name().equalsIgnoreCase(v)
                    || v.equals(DealHistoryImport.t("category." + w.name(), Locale.JAPAN))
                    || v.equalsIgnoreCase(DealHistoryImport.t("category." + w.name(), Locale.ENGLISH))
                    || (w == WorkCategory.PC && v.equals("PC"))
                    || (w == WorkCategory.LIGHT && v.equals("軽作業"))
                    || (w == WorkCategory.OFFSITE && v.equals("施設外"))) {
                return w;
            }
        }
        error(DealHistoryImport.Col.CATEGORY, "history.category.unknown", v);
        return null;
    }

    DealStage stage() {
        String v = raw(DealHistoryImport.Col.STAGE);
        if (v == null) {
            error(DealHistoryImport.Col.STAGE, "history.required");
            return null;
        }
        for (DealStage s : DealStage.steps()) {
            if (s.name().equalsIgnoreCase(v)
                    || v.equals(DealHistoryImport.t("stage." + s.name(), Locale.JAPAN))
                    || v.equalsIgnoreCase(DealHistoryImport.t("stage." + s.name(), Locale.ENGLISH))
                    || (s == DealStage.LEAD && (v.equals("リード") || v.equals("ナーチャリング")))) {
                return s;
            }
        }
        error(DealHistoryImport.Col.STAGE, "history.stage.unknown", v);
        return null;
    }

    /** Yen as digits, with or without ¥, 円 and thousands separators (full-width digits too). */
    Long amount(DealHistoryImport.Col c) {
        String v = raw(c);
        if (v == null) {
            if (c.required) {
                error(c, "history.required");
            }
            return null;
        }
        String digits = Normalizer.normalize(v, Normalizer.Form.NFKC).replaceAll("[¥￥\\\\,円\\s]", "");
        if (!digits.matches("\\d{1,12}")) {
            error(c, "history.amount.invalid", v);
            return null;
        }
        long amount = Long.parseLong(digits);
        if (amount > DealHistoryImport.AMOUNT_MAX) {
            error(c, "history.amount.invalid", v);
            return null;
        }
        return amount;
    }

    Boolean yesNo(DealHistoryImport.Col c) {
        String v = raw(c);
        if (v == null) {
            error(c, "history.required");
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "はい", "定期", "継続", "yes", "true", "1", "○", "〇" -> true;
            case "いいえ", "単発", "スポット", "no", "false", "0", "×", "-" -> false;
            default -> {
                error(c, "history.yesNo.invalid", v);
                yield null;
            }
        };
    }

    LocalDate date(DealHistoryImport.Col c, LocalDate today) {
        String v = raw(c);
        if (v == null) {
            if (c.required) {
                error(c, "history.required");
            }
            return null;
        }
        String s = Normalizer.normalize(v, Normalizer.Form.NFKC);
        for (DateTimeFormatter f : DealHistoryImport.DATES) {
            try {
                LocalDate d = LocalDate.parse(s, f);
                if (d.isAfter(today)) {
                    error(c, "history.date.future", v);
                    return null;
                }
                if (d.getYear() < 2000) {
                    error(c, "history.date.invalid", v);
                    return null;
                }
                return d;
            } catch (DateTimeParseException tryNext) {
                // the next pattern
            }
        }
        error(c, "history.date.invalid", v);
        return null;
    }
}
