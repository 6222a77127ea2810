package jp.tsunagu.facility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The facility registry: the master data, the capability survey (a new version per answer) and the
 * skills list. The intermediary keeps it; directors and supervisors read it.
 */
@Service
@Validated
public class FacilityService {

    private static final String ROW = "select f.id, f.name, f.corporation, f.facility_type, f.municipality, "
            + "f.participation, coalesce(s.accepts_pc, false), coalesce(s.accepts_light, false), "
            + "coalesce(s.accepts_offsite, false), coalesce(s.pc_workers, 0), coalesce(s.light_workers, 0), "
            + "coalesce(s.monthly_capacity_hours, 0), s.earliest_start, s.answered_on from facility f "
            + "left join lateral (select * from capability_survey cs where cs.facility_id = f.id "
            + "order by cs.answered_on desc, cs.id desc limit 1) s on true "
            + "where (:text = '' or lower(f.name) like :text or lower(coalesce(f.municipality, '')) like :text "
            + "or lower(coalesce(f.corporation, '')) like :text) ";

    private final FacilityRepository facilities;
    private final CapabilitySurveyRepository surveys;
    private final SkillRepository skills;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    FacilityService(
            FacilityRepository facilities,
            CapabilitySurveyRepository surveys,
            SkillRepository skills,
            NamedParameterJdbcTemplate jdbc,
            CurrentUser currentUser,
            Clock clock) {
        this.facilities = facilities;
        this.surveys = surveys;
        this.skills = skills;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<FacilityRow> page(String text, int offset, int limit) {
        return jdbc.query(
                ROW + "order by f.name, f.id offset :offset limit :limit",
                params(text).addValue("offset", offset).addValue("limit", limit),
                (rs, i) -> new FacilityRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        FacilityType.valueOf(rs.getString(4)),
                        rs.getString(5),
                        Participation.valueOf(rs.getString(6)),
                        rs.getBoolean(7),
                        rs.getBoolean(8),
                        rs.getBoolean(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        rs.getObject(13, LocalDate.class),
                        rs.getObject(14, LocalDate.class)));
    }

    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.DIRECTOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public int count(String text) {
        Integer n = jdbc.queryForObject("select count(*) from (" + ROW + ") x", params(text), Integer.class);
        return n == null ? 0 : n;
    }

    private static MapSqlParameterSource params(String text) {
        String t = text == null || text.isBlank() ? "" : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return new MapSqlParameterSource("text", t);
    }

    /** A facility; facility staff get only their own. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public Optional<Facility> find(long id) {
        if (!mayRead(id)) {
            return Optional.empty();
        }
        return facilities.findById(id);
    }

    /** Facility staff read only their own facility; everyone else with access reads all. */
    private boolean mayRead(long facilityId) {
        return !currentUser.hasRole(AppRoles.FACILITY)
                || currentUser.facilityId().orElse(-1L) == facilityId;
    }

    /** The newest survey answer as a form, the starting point of the next; empty if never answered. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public Optional<SurveyForm> latestSurvey(long facilityId) {
        if (!mayRead(facilityId)) {
            return Optional.empty();
        }
        return surveys.findFirstByFacilityIdOrderByAnsweredOnDescIdDesc(facilityId)
                .map(CapabilitySurvey::toForm);
    }

    /** When each version of the survey was answered, and by whom: newest first. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.DIRECTOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<String[]> surveyHistory(long facilityId) {
        if (!mayRead(facilityId)) {
            return List.of();
        }
        return surveys.findByFacilityIdOrderByAnsweredOnDescIdDesc(facilityId).stream()
                .map(s -> new String[] {s.getAnsweredOn().toString(), s.getAnsweredBy()})
                .toList();
    }

    @Transactional(readOnly = true)
    public List<SkillOption> skills() {
        return skills.findByActiveTrueOrderById().stream().map(Skill::toOption).toList();
    }

    /** Registers a facility; refused (with nothing saved) when a facility of that name exists in the town. */
    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional
    public Facility register(@Valid FacilityForm form) {
        if (exists(form.getName(), form.getMunicipality())) {
            throw new UserFacingException("facility.duplicate", form.getName().strip());
        }
        Facility facility = new Facility(form.getName().strip(), null, form.getType(), null, clock.instant());
        facility.describe(form, clock.instant());
        return facilities.save(facility);
    }

    /** Records a new answer of the survey; the older ones stay as history. Facility staff answer their own. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.FACILITY})
    @Transactional
    public void answerSurvey(long facilityId, @Valid SurveyForm form) {
        if (!mayRead(facilityId)) {
            throw UserFacingException.notFound("facility.notFound");
        }
        facilities.findById(facilityId).orElseThrow(() -> UserFacingException.notFound("facility.notFound"));
        Set<Long> known = skills().stream().map(SkillOption::id).collect(Collectors.toSet());
        if (!known.containsAll(form.getSkillIds())) {
            throw new UserFacingException("survey.skill.unknown");
        }
        surveys.save(
                new CapabilitySurvey(facilityId, form, LocalDate.now(clock), currentUser.username(), clock.instant()));
    }

    /** A facility's identity in the registry: its name within its municipality. */
    static String key(String name, String municipality) {
        return name.strip() + "|" + (municipality == null ? "" : municipality.strip());
    }

    /** The keys ({@link #key}) of registered facilities with one of these names, in one query. */
    @Transactional(readOnly = true)
    Set<String> registeredKeys(Set<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(
                "select name, municipality from facility where name in (:names)",
                new MapSqlParameterSource("names", names),
                (rs, i) -> key(rs.getString(1), rs.getString(2))));
    }

    /**
     * Every facility with its newest survey as the cells of the CSV export, streamed from one query
     * (skills as their Japanese names, in list order).
     */
    @Transactional(readOnly = true)
    void forEachExportRow(Consumer<List<String>> sink) {
        jdbc.query(
                "select f.name, f.corporation, f.facility_type, f.postal_code, f.address, f.municipality, "
                        + "f.contact_person, f.phone, f.email, s.id, s.accepts_pc, s.accepts_light, s.accepts_offsite, "
                        + "s.pc_workers, s.light_workers, s.supervisors, s.pcs, s.monthly_capacity_hours, s.earliest_start, "
                        + "(select string_agg(k.name_ja, ';' order by k.id) from survey_skill ss join skill k "
                        + "on k.id = ss.skill_id where ss.survey_id = s.id) from facility f "
                        + "left join lateral (select * from capability_survey cs where cs.facility_id = f.id "
                        + "order by cs.answered_on desc, cs.id desc limit 1) s on true order by f.name, f.id",
                new MapSqlParameterSource(),
                rs -> {
                    sink.accept(FacilityCsvColumns.values(rs));
                });
    }

    boolean exists(String name, String municipality) {
        Integer n = jdbc.queryForObject(
                "select count(*) from facility where name = :name " + "and coalesce(municipality, '') = :municipality",
                new MapSqlParameterSource("name", name.strip())
                        .addValue("municipality", municipality == null ? "" : municipality.strip()),
                Integer.class);
        return n != null && n > 0;
    }

    /** For the demo data and imports: register without a logged-in person's role check. */
    @Transactional
    public Facility register(String name, String corporation, FacilityType type, String municipality) {
        return facilities.save(new Facility(name, corporation, type, municipality, clock.instant()));
    }

    /** Records a survey answer on behalf of {@code by}: for imports and the demo data, not for views. */
    @Transactional
    public void saveSurvey(long facilityId, SurveyForm form, String by) {
        surveys.save(new CapabilitySurvey(facilityId, form, LocalDate.now(clock), by, clock.instant()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return facilities.count();
    }
}
