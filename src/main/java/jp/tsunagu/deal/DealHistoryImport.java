package jp.tsunagu.deal;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.base.RowError;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's past deals from CSV, so that its KPIs show at once: customer, title, kind of work, the stage the
 * deal reached, demand and ordered amounts, recurring or not, and the days of lead, contract and loss with the lost
 * reason. UTF-8 (with or without BOM) or Shift_JIS; headers in Japanese (as documented) or English. Previewed with
 * an error per row and column, then imported whole or not at all. No process runs for these deals: they are
 * records (状態「過去の記録」), counted in the KPIs by their dates.
 */
@Service
public class DealHistoryImport {

    public static final int MAX_ROWS = 50_000;
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long AMOUNT_MAX = 100_000_000_000L;
    static final Charset SHIFT_JIS = jp.tsunagu.base.CsvText.SHIFT_JIS;

    /** The columns, Japanese header first, then the English one; required ones first. */
    public enum Col {
        CUSTOMER("顧客名", "customer", true),
        TITLE("案件名", "title", true),
        CATEGORY("作業区分", "category", true),
        STAGE("到達段階", "stage_reached", true),
        DEMAND("発注需要額", "demand_amount", true),
        ORDERED("受注額", "ordered_amount", false),
        RECURRING("定期", "recurring", true),
        LEAD_ON("リード日", "lead_date", true),
        ORDERED_ON("契約日", "contract_date", false),
        LOST_ON("失注日", "lost_date", false),
        LOST_REASON("失注理由", "lost_reason", false),
        DIRECTOR("担当ディレクター", "director", false),
        INTERMEDIARY("担当中間支援", "intermediary", false);

        public final String ja;
        public final String en;
        public final boolean required;

        Col(String ja, String en, boolean required) {
            this.ja = ja;
            this.en = en;
            this.required = required;
        }
    }

    /** One past deal as read from a line. */
    public record Row(
            int line,
            String customer,
            String title,
            WorkCategory category,
            DealStage stageReached,
            long demandAmount,
            long orderedAmount,
            boolean recurring,
            LocalDate leadOn,
            LocalDate orderedOn,
            LocalDate lostOn,
            String lostReason,
            String director,
            String intermediary) {}

    /** What an import would do: the deals it would add (and new customers), or why not. */
    public record Preview(Charset charset, List<Row> rows, int newCustomers, List<RowError> errors) {
        public boolean importable() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    private final DealRepository deals;
    private final CustomerService customers;
    private final LostReasons lostReasons;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    DealHistoryImport(
            DealRepository deals,
            CustomerService customers,
            LostReasons lostReasons,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock) {
        this.deals = deals;
        this.customers = customers;
        this.lostReasons = lostReasons;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Preview preview(byte[] content, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(content, locale, errors);
        long known = customers.byName(rows.stream().map(Row::customer).toList()).size();
        long distinct = rows.stream().map(Row::customer).distinct().count();
        return new Preview(charsetOf(content), rows, (int) (distinct - Math.min(known, distinct)), errors);
    }

    /** Adds every row as a past deal, or, if any row has an error, nothing; returns how many were added. */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    @Transactional
    public int importAll(byte[] content, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(content, locale, errors);
        if (!errors.isEmpty() || rows.isEmpty()) {
            throw new UserFacingException("import.notImportable", errors.size());
        }
        Map<String, Customer> known =
                new HashMap<>(customers.byName(rows.stream().map(Row::customer).toList()));
        String me = currentUser.username();
        List<Deal> added = new ArrayList<>();
        for (Row row : rows) {
            Customer c = known.computeIfAbsent(row.customer(), name -> customers.create(name, null, null, null));
            Deal d = Deal.history(
                    c,
                    row.title(),
                    row.category(),
                    row.recurring() ? OrderType.RECURRING : OrderType.ONE_OFF,
                    row,
                    row.director() == null ? me : row.director(),
                    clock.instant());
            d.setOwners(d.getDirector(), row.intermediary(), clock.instant());
            added.add(d);
        }
        deals.saveAll(added);
        return added.size();
    }

    private List<Row> parse(byte[] content, Locale locale, List<RowError> errors) {
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String text = decode(content);
        List<Row> rows = new ArrayList<>();
        Map<String, String> reasons = new HashMap<>();
        lostReasons.all().forEach(r -> {
            reasons.put(r.code(), r.code());
            reasons.put(r.labelJa(), r.code());
            reasons.put(r.labelEn().toLowerCase(Locale.ROOT), r.code());
        });
        LocalDate today = LocalDate.now(clock);
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new StringReader(text))) {
            Map<Col, String> header = new LinkedHashMap<>();
            for (Col c : Col.values()) {
                parser.getHeaderMap().keySet().stream()
                        .filter(h -> h.strip().equals(c.ja) || h.strip().equalsIgnoreCase(c.en))
                        .findFirst()
                        .ifPresent(h -> header.put(c, h));
            }
            List<String> missing = java.util.Arrays.stream(Col.values())
                    .filter(c -> c.required && !header.containsKey(c))
                    .map(c -> c.ja)
                    .toList();
            if (!missing.isEmpty()) {
                errors.add(new RowError(1, String.join("・", missing), t("import.columnsMissing", locale)));
                return rows;
            }
            for (CSVRecord record : parser) {
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    throw new UserFacingException("import.tooManyRows", MAX_ROWS);
                }
                int line = (int) record.getRecordNumber() + 1;
                Line l = new Line(record, header, line, locale, errors);
                int before = errors.size();
                String customer = l.text(Col.CUSTOMER, Customer.NAME_MAX);
                String title = l.text(Col.TITLE, Deal.TITLE_MAX);
                WorkCategory category = l.category();
                DealStage stage = l.stage();
                Long demand = l.amount(Col.DEMAND);
                Long ordered = l.amount(Col.ORDERED);
                Boolean recurring = l.yesNo(Col.RECURRING);
                LocalDate leadOn = l.date(Col.LEAD_ON, today);
                LocalDate orderedOn = l.date(Col.ORDERED_ON, today);
                LocalDate lostOn = l.date(Col.LOST_ON, today);
                String reasonText = l.raw(Col.LOST_REASON);
                String reason = null;
                if (reasonText != null) {
                    reason = reasons.get(reasonText);
                    if (reason == null) {
                        reason = reasons.get(reasonText.toLowerCase(Locale.ROOT));
                    }
                    if (reason == null) {
                        l.error(Col.LOST_REASON, "history.reason.unknown", reasonText);
                    }
                }
                String director = l.raw(Col.DIRECTOR);
                if (director != null && !users.hasRole(director, AppRoles.DIRECTOR)) {
                    l.error(Col.DIRECTOR, "deal.owner.director.invalid");
                }
                String intermediary = l.raw(Col.INTERMEDIARY);
                if (intermediary != null && !users.hasRole(intermediary, AppRoles.INTERMEDIARY)) {
                    l.error(Col.INTERMEDIARY, "deal.owner.intermediary.invalid");
                }
                if (leadOn != null && orderedOn != null && orderedOn.isBefore(leadOn)) {
                    l.error(Col.ORDERED_ON, "history.date.beforeLead");
                }
                if (leadOn != null && lostOn != null && lostOn.isBefore(leadOn)) {
                    l.error(Col.LOST_ON, "history.date.beforeLead");
                }
                if (orderedOn != null && lostOn != null) {
                    l.error(Col.LOST_ON, "history.bothOrderedAndLost");
                }
                if (ordered != null && ordered > 0 && orderedOn == null && !l.hasError(Col.ORDERED_ON)) {
                    l.error(Col.ORDERED_ON, "history.orderedWithoutDate");
                }
                if (reason != null && lostOn == null && !l.hasError(Col.LOST_ON)) {
                    l.error(Col.LOST_ON, "history.reasonWithoutLoss");
                }
                if (errors.size() == before) {
                    rows.add(new Row(
                            line,
                            customer,
                            title,
                            category,
                            stage,
                            demand,
                            ordered == null ? (orderedOn == null ? 0 : demand) : ordered,
                            recurring,
                            leadOn,
                            orderedOn,
                            lostOn,
                            reason,
                            director,
                            intermediary));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new RowError(1, "", t("import.unreadable", locale)));
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::line));
        return rows;
    }

    /** One line's cells, each read with its own error message, in the import's locale. */
    private static final class Line {
        private final CSVRecord record;
        private final Map<Col, String> header;
        private final int line;
        private final Locale locale;
        private final List<RowError> errors;
        private final java.util.Set<Col> failed = java.util.EnumSet.noneOf(Col.class);

        Line(CSVRecord record, Map<Col, String> header, int line, Locale locale, List<RowError> errors) {
            this.record = record;
            this.header = header;
            this.line = line;
            this.locale = locale;
            this.errors = errors;
        }

        String raw(Col c) {
            String h = header.get(c);
            if (h == null || !record.isMapped(h) || !record.isSet(h)) {
                return null;
            }
            String v = record.get(h).strip();
            return v.isEmpty() ? null : v;
        }

        void error(Col c, String key, Object... params) {
            failed.add(c);
            errors.add(new RowError(line, locale.getLanguage().equals("en") ? c.en : c.ja, t(key, locale, params)));
        }

        boolean hasError(Col c) {
            return failed.contains(c);
        }

        String text(Col c, int max) {
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
            String v = raw(Col.CATEGORY);
            if (v == null) {
                error(Col.CATEGORY, "history.required");
                return null;
            }
            for (WorkCategory w : WorkCategory.values()) {
                if (w.name().equalsIgnoreCase(v)
                        || v.equals(t("category." + w.name(), Locale.JAPAN))
                        || v.equalsIgnoreCase(t("category." + w.name(), Locale.ENGLISH))
                        || (w == WorkCategory.PC && v.equals("PC"))
                        || (w == WorkCategory.LIGHT && v.equals("軽作業"))
                        || (w == WorkCategory.OFFSITE && v.equals("施設外"))) {
                    return w;
                }
            }
            error(Col.CATEGORY, "history.category.unknown", v);
            return null;
        }

        DealStage stage() {
            String v = raw(Col.STAGE);
            if (v == null) {
                error(Col.STAGE, "history.required");
                return null;
            }
            for (DealStage s : DealStage.steps()) {
                if (s.name().equalsIgnoreCase(v)
                        || v.equals(t("stage." + s.name(), Locale.JAPAN))
                        || v.equalsIgnoreCase(t("stage." + s.name(), Locale.ENGLISH))
                        || (s == DealStage.LEAD && (v.equals("リード") || v.equals("ナーチャリング")))) {
                    return s;
                }
            }
            error(Col.STAGE, "history.stage.unknown", v);
            return null;
        }

        /** Yen as digits, with or without ¥, 円 and thousands separators (full-width digits too). */
        Long amount(Col c) {
            String v = raw(c);
            if (v == null) {
                if (c.required) {
                    error(c, "history.required");
                }
                return null;
            }
            String digits = java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC)
                    .replaceAll("[¥￥\\\\,円\\s]", "");
            if (!digits.matches("\\d{1,12}")) {
                error(c, "history.amount.invalid", v);
                return null;
            }
            long amount = Long.parseLong(digits);
            if (amount > AMOUNT_MAX) {
                error(c, "history.amount.invalid", v);
                return null;
            }
            return amount;
        }

        Boolean yesNo(Col c) {
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

        LocalDate date(Col c, LocalDate today) {
            String v = raw(c);
            if (v == null) {
                if (c.required) {
                    error(c, "history.required");
                }
                return null;
            }
            String s = java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC);
            for (DateTimeFormatter f : DATES) {
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

    static String decode(byte[] content) {
        return jp.tsunagu.base.CsvText.decode(content);
    }

    static Charset charsetOf(byte[] content) {
        return jp.tsunagu.base.CsvText.charsetOf(content);
    }

    private static String t(String key, Locale locale, Object... params) {
        return TsunaguI18NProvider.translate(key, locale, params);
    }
}
