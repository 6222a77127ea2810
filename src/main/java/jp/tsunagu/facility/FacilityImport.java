package jp.tsunagu.facility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.base.CsvImport;
import jp.tsunagu.base.CsvText;
import jp.tsunagu.base.RowError;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilities from and to CSV, as Japanese offices exchange them: UTF-8 (with or without BOM) or
 * Shift_JIS (MS932), a header row naming the columns. An import is previewed first, with an error per
 * row and column, and then saved whole or not at all.
 */
@Service
public class FacilityImport {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final CsvImport.Limits LIMITS = new CsvImport.Limits(MAX_BYTES, MAX_ROWS);
    static final Charset SHIFT_JIS = CsvText.SHIFT_JIS;

    /** What an import would do: how many facilities it would add, or why not. */
    public record Preview(Charset charset, int rows, List<String> names, List<RowError> errors) {
        public boolean importable() {
            return errors.isEmpty() && rows > 0;
        }
    }

    private record Parsed(int line, FacilityForm master, SurveyForm survey) {}

    private final FacilityService facilities;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final Clock clock;

    FacilityImport(FacilityService facilities, Validator validator, CurrentUser currentUser, Clock clock) {
        this.facilities = facilities;
        this.clock = clock;
        this.validator = validator;
        this.currentUser = currentUser;
    }

    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional(readOnly = true)
    public Preview preview(byte[] content, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        List<Parsed> rows = parse(content, locale, errors);
        return new Preview(
                CsvText.charsetOf(content),
                rows.size(),
                rows.stream().map(p -> p.master().getName()).toList(),
                errors);
    }

    /** Saves every row, or, if any row has an error, nothing; returns how many facilities were added. */
    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional
    public int importAll(byte[] content, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        List<Parsed> rows = parse(content, locale, errors);
        if (!errors.isEmpty() || rows.isEmpty()) {
            throw new UserFacingException("import.notImportable", errors.size());
        }
        for (Parsed row : rows) {
            Facility f = facilities.register(
                    row.master().getName(), null, row.master().getType(), null);
            f.describe(row.master(), clock.instant());
            if (row.survey() != null) {
                facilities.saveSurvey(f.getId(), row.survey(), currentUser.username());
            }
        }
        return rows.size();
    }

    private List<Parsed> parse(byte[] content, Locale locale, List<RowError> errors) {
        Map<String, SkillOption> skillsByName = new HashMap<>();
        facilities.skills().forEach(s -> {
            skillsByName.put(s.code(), s);
            skillsByName.put(s.nameJa(), s);
            skillsByName.put(s.nameEn(), s);
        });
        Set<String> seen = new HashSet<>();
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        List<Parsed> rows;
        try {
            rows = CsvImport.read(content, LIMITS, locale, errors, new CsvImport.Reader<Parsed>() {
                @Override
                public List<String> missing(Set<String> header) {
                    return FacilityCsvColumns.REQUIRED.stream()
                            .filter(c -> !header.contains(c))
                            .toList();
                }

                @Override
                public Parsed row(CSVRecord record, int line, List<RowError> errors) {
                    FacilityCsvColumns.Row row = new FacilityCsvColumns.Row(record, line, locale, errors, skillsByName);
                    FacilityForm master = row.master();
                    SurveyForm survey = row.survey();
                    int before = errors.size();
                    report(line, validator.validate(master), errors);
                    if (survey != null) {
                        report(line, validator.validate(survey), errors);
                    }
                    if (master.getName() != null && !master.getName().isBlank() && !seen.add(key(master))) {
                        errors.add(new RowError(line, FacilityCsvColumns.NAME, t("import.duplicateInFile", locale)));
                    }
                    return errors.size() == before && !row.hasErrors() ? new Parsed(line, master, survey) : null;
                }
            });
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
        // Facilities already registered: one look-up for the whole file, not one per row.
        Set<String> registered = facilities.registeredKeys(
                rows.stream().map(p -> p.master().getName().strip()).collect(Collectors.toSet()));
        rows = new ArrayList<>(rows);
        rows.removeIf(p -> {
            if (!registered.contains(key(p.master()))) {
                return false;
            }
            errors.add(new RowError(
                    p.line(),
                    FacilityCsvColumns.NAME,
                    t("facility.duplicate", locale, p.master().getName().strip())));
            return true;
        });
        errors.sort(Comparator.comparingInt(RowError::line));
        return rows;
    }

    private static String key(FacilityForm master) {
        return FacilityService.key(master.getName(), master.getMunicipality());
    }

    private static void report(int line, Set<? extends ConstraintViolation<?>> violations, List<RowError> errors) {
        violations.forEach(v -> errors.add(new RowError(
                line, FacilityCsvColumns.columnOf(v.getPropertyPath().toString()), v.getMessage())));
    }

    /** All facilities with their newest survey, as UTF-8 CSV with a BOM so that Excel reads the Japanese. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public byte[] export(Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(FacilityCsvColumns.ALL.toArray(String[]::new))
                        .get())) {
            facilities.forEachExportRow(cells -> {
                try {
                    printer.printRecord(cells.stream().map(CsvText::safeCell).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String t(String key, Locale locale, Object... params) {
        return TsunaguI18NProvider.translate(key, locale, params);
    }
}
