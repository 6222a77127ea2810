package jp.tsunagu.deal;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.base.CsvImport;
import jp.tsunagu.base.CsvText;
import jp.tsunagu.base.RowError;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
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
    private static final CsvImport.Limits LIMITS = new CsvImport.Limits(MAX_BYTES, MAX_ROWS);
    public static final long AMOUNT_MAX = 100_000_000_000L;
    static final Charset SHIFT_JIS = CsvText.SHIFT_JIS;

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

    static final List<DateTimeFormatter> DATES = List.of(
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
        return new Preview(CsvText.charsetOf(content), rows, (int) (distinct - Math.min(known, distinct)), errors);
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
        Map<String, String> reasons = new HashMap<>();
        lostReasons.all().forEach(r -> {
            reasons.put(r.code(), r.code());
            reasons.put(r.labelJa(), r.code());
            reasons.put(r.labelEn().toLowerCase(Locale.ROOT), r.code());
        });
        LocalDate today = LocalDate.now(clock);
        Map<Col, String> header = new LinkedHashMap<>();
        return CsvImport.read(content, LIMITS, locale, errors, new CsvImport.Reader<Row>() {
            @Override
            public List<String> missing(Set<String> names) {
                for (Col c : Col.values()) {
                    names.stream()
                            .filter(h -> h.strip().equals(c.ja) || h.strip().equalsIgnoreCase(c.en))
                            .findFirst()
                            .ifPresent(h -> header.put(c, h));
                }
                return Arrays.stream(Col.values())
                        .filter(c -> c.required && !header.containsKey(c))
                        .map(c -> c.ja)
                        .toList();
            }

            @Override
            public Row row(CSVRecord record, int line, List<RowError> errors) {
                HistoryLine l = new HistoryLine(record, header, line, locale, errors);
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
                if (errors.size() != before) {
                    return null;
                }
                return new Row(
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
                        intermediary);
            }
        });
    }

    static String t(String key, Locale locale, Object... params) {
        return TsunaguI18NProvider.translate(key, locale, params);
    }
}
