package jp.tsunagu.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.base.CsvText;
import jp.tsunagu.base.RowError;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns of the facility CSV (the header row names them, in Japanese), and the reading of one row.
 * The survey columns are optional: a row without them registers the facility only.
 */
final class FacilityCsvColumns {

    static final String NAME = "事業所名";
    static final String CORPORATION = "法人名";
    static final String TYPE = "種別";
    static final String POSTAL = "郵便番号";
    static final String ADDRESS = "住所";
    static final String MUNICIPALITY = "市町村";
    static final String CONTACT = "担当者";
    static final String PHONE = "電話番号";
    static final String EMAIL = "メール";
    static final String PC = "PC作業";
    static final String LIGHT = "軽作業";
    static final String OFFSITE = "施設外就労";
    static final String PC_WORKERS = "PC作業者数";
    static final String LIGHT_WORKERS = "軽作業者数";
    static final String SUPERVISORS = "支援員数";
    static final String PCS = "PC台数";
    static final String CAPACITY = "月間作業可能時間";
    static final String START = "作業開始可能日";
    static final String SKILLS = "スキル";

    static final List<String> REQUIRED = List.of(NAME, TYPE);
    static final List<String> ALL = List.of(
            NAME,
            CORPORATION,
            TYPE,
            POSTAL,
            ADDRESS,
            MUNICIPALITY,
            CONTACT,
            PHONE,
            EMAIL,
            PC,
            LIGHT,
            OFFSITE,
            PC_WORKERS,
            LIGHT_WORKERS,
            SUPERVISORS,
            PCS,
            CAPACITY,
            START,
            SKILLS);
    private static final List<String> SURVEY =
            List.of(PC, LIGHT, OFFSITE, PC_WORKERS, LIGHT_WORKERS, SUPERVISORS, PCS, CAPACITY, START, SKILLS);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    private FacilityCsvColumns() {}

    /** The column a form property comes from, for error messages. */
    static String columnOf(String property) {
        return switch (property) {
            case "name" -> NAME;
            case "corporation" -> CORPORATION;
            case "type" -> TYPE;
            case "postalCode" -> POSTAL;
            case "address" -> ADDRESS;
            case "municipality" -> MUNICIPALITY;
            case "contactPerson" -> CONTACT;
            case "phone" -> PHONE;
            case "email" -> EMAIL;
            case "pcWorkers" -> PC_WORKERS;
            case "lightWorkers" -> LIGHT_WORKERS;
            case "supervisors" -> SUPERVISORS;
            case "pcs" -> PCS;
            case "monthlyCapacityHours" -> CAPACITY;
            case "earliestStart" -> START;
            case "someCategory" -> PC + "・" + LIGHT + "・" + OFFSITE;
            default -> property;
        };
    }

    /** One data row, read leniently: what cannot be read becomes an error for that cell. */
    static final class Row {
        private final CSVRecord record;
        private final int line;
        private final Locale locale;
        private final List<RowError> errors;
        private final Map<String, SkillOption> skills;
        private boolean failed;

        Row(CSVRecord record, int line, Locale locale, List<RowError> errors, Map<String, SkillOption> skills) {
            this.record = record;
            this.line = line;
            this.locale = locale;
            this.errors = errors;
            this.skills = skills;
        }

        boolean hasErrors() {
            return failed;
        }

        FacilityForm master() {
            FacilityForm f = new FacilityForm();
            f.setName(get(NAME));
            f.setCorporation(get(CORPORATION));
            f.setType(type(get(TYPE)));
            f.setPostalCode(get(POSTAL));
            f.setAddress(get(ADDRESS));
            f.setMunicipality(get(MUNICIPALITY));
            f.setContactPerson(get(CONTACT));
            f.setPhone(get(PHONE));
            String email = get(EMAIL);
            f.setEmail(email.isEmpty() ? null : email);
            return f;
        }

        SurveyForm survey() {
            if (SURVEY.stream().allMatch(c -> get(c).isEmpty())) {
                return null;
            }
            SurveyForm s = new SurveyForm();
            s.setAcceptsPc(yes(get(PC)));
            s.setAcceptsLight(yes(get(LIGHT)));
            s.setAcceptsOffsite(yes(get(OFFSITE)));
            s.setPcWorkers(number(PC_WORKERS));
            s.setLightWorkers(number(LIGHT_WORKERS));
            s.setSupervisors(number(SUPERVISORS));
            s.setPcs(number(PCS));
            s.setMonthlyCapacityHours(number(CAPACITY));
            s.setEarliestStart(date(START));
            Set<Long> ids = new HashSet<>();
            for (String name : get(SKILLS).split("[;；、]")) {
                if (!name.isBlank()) {
                    SkillOption skill = skills.get(name.strip());
                    if (skill == null) {
                        fail(SKILLS, "survey.skill.unknownNamed", name.strip());
                    } else {
                        ids.add(skill.id());
                    }
                }
            }
            s.setSkillIds(ids);
            return s;
        }

        private String get(String column) {
            return record.isMapped(column) && record.isSet(column)
                    ? CsvText.unsafeCell(record.get(column).strip())
                    : "";
        }

        private FacilityType type(String value) {
            return switch (value) {
                case "B", "B型", "就労継続支援B型" -> FacilityType.B;
                case "A", "A型", "就労継続支援A型" -> FacilityType.A;
                case "その他", "OTHER" -> FacilityType.OTHER;
                case "" -> null;
                default -> {
                    fail(TYPE, "import.type.unknown", value);
                    yield null;
                }
            };
        }

        private static boolean yes(String value) {
            return Set.of("○", "〇", "可", "1", "はい", "yes", "true", "TRUE", "Y").contains(value);
        }

        private Integer number(String column) {
            String value = get(column).replace(",", "");
            if (value.isEmpty()) {
                return 0;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                fail(column, "import.number.bad", value);
                return 0;
            }
        }

        private LocalDate date(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                fail(column, "import.date.bad", value);
                return null;
            }
        }

        private void fail(String column, String key, Object... params) {
            failed = true;
            errors.add(new RowError(line, column, TsunaguI18NProvider.translate(key, locale, params)));
        }
    }

    /** One row of the export query ({@link FacilityService}) as the cells of the CSV, in {@link #ALL} order. */
    static List<String> values(ResultSet rs) throws SQLException {
        String type = rs.getString(3);
        List<String> v = new ArrayList<>(List.of(
                rs.getString(1),
                nz(rs.getString(2)),
                "OTHER".equals(type) ? "その他" : type,
                nz(rs.getString(4)),
                nz(rs.getString(5)),
                nz(rs.getString(6)),
                nz(rs.getString(7)),
                nz(rs.getString(8)),
                nz(rs.getString(9))));
        if (rs.getObject(10) == null) {
            v.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
        } else {
            v.addAll(List.of(
                    rs.getBoolean(11) ? "○" : "",
                    rs.getBoolean(12) ? "○" : "",
                    rs.getBoolean(13) ? "○" : "",
                    rs.getString(14),
                    rs.getString(15),
                    rs.getString(16),
                    rs.getString(17),
                    rs.getString(18),
                    rs.getObject(19, LocalDate.class).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")),
                    nz(rs.getString(20))));
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
