package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasons a hand-off's clock may stop, as the admin keeps them: each charged to a party (the customer, the
 * company, the intermediary, a facility), one asking for a note. Retired reasons stay on past pauses.
 */
@Service
public class PauseReasons {

    public static final Set<String> PARTIES = Set.of("CUSTOMER", "COMPANY", "INTERMEDIARY", "FACILITY");
    public static final int LABEL_MAX = 100;
    /** The reason a question put to the customer stops the clocks with. */
    static final String CUSTOMER_ANSWER = "CUSTOMER_ANSWER";

    private final NamedParameterJdbcTemplate jdbc;

    PauseReasons(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A reason as listed. */
    public record Reason(
            String code, String labelJa, String labelEn, String chargedTo, boolean needsText, boolean active) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelJa;
        }
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<Reason> all() {
        return jdbc.query(
                "select code, label_ja, label_en, charged_to, needs_text, active from pause_reason"
                        + " order by sort_order, code",
                Map.of(),
                (rs, i) -> new Reason(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6)));
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<Reason> active() {
        return all().stream().filter(Reason::active).toList();
    }

    Optional<Reason> find(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Adds a reason at the end of the list. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public String add(String labelJa, String labelEn, String chargedTo, boolean needsText) {
        check(labelJa, labelEn, chargedTo);
        Integer order = jdbc.queryForObject(
                "select coalesce(max(sort_order), 0) + 10 from pause_reason", Map.of(), Integer.class);
        String code = "R" + order;
        jdbc.update(
                "insert into pause_reason (code, label_ja, label_en, charged_to, needs_text, sort_order)"
                        + " values (:c, :ja, :en, :p, :t, :o)",
                new MapSqlParameterSource("c", code)
                        .addValue("ja", labelJa.strip())
                        .addValue("en", labelEn.strip())
                        .addValue("p", chargedTo)
                        .addValue("t", needsText)
                        .addValue("o", order));
        return code;
    }

    /** Renames a reason, charges it to another party, asks for a note or not, retires or brings it back. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void update(
            String code, String labelJa, String labelEn, String chargedTo, boolean needsText, boolean active) {
        check(labelJa, labelEn, chargedTo);
        int changed = jdbc.update(
                "update pause_reason set label_ja = :ja, label_en = :en, charged_to = :p, needs_text = :t, active = :a"
                        + " where code = :c",
                new MapSqlParameterSource("c", code)
                        .addValue("ja", labelJa.strip())
                        .addValue("en", labelEn.strip())
                        .addValue("p", chargedTo)
                        .addValue("t", needsText)
                        .addValue("a", active));
        if (changed == 0) {
            throw UserFacingException.notFound("sla.pauseReason.unknown");
        }
    }

    private static void check(String labelJa, String labelEn, String chargedTo) {
        for (var field : Map.of("labelJa", labelJa == null ? "" : labelJa, "labelEn", labelEn == null ? "" : labelEn)
                .entrySet()) {
            if (field.getValue().isBlank()) {
                throw UserFacingException.onField(field.getKey(), "sla.pauseReason.label.required");
            }
            if (field.getValue().strip().length() > LABEL_MAX) {
                throw UserFacingException.onField(field.getKey(), "sla.pauseReason.label.size", LABEL_MAX);
            }
        }
        if (chargedTo == null || !PARTIES.contains(chargedTo)) {
            throw UserFacingException.onField("chargedTo", "sla.pauseReason.party.required");
        }
    }
}
