package jp.tsunagu.search;

import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header's search: deals, customers (by name and reading), contacts, facilities, questions and answers, and
 * activities, as people type Japanese. The database normalises the stored text and the typed words with the same
 * function ({@code tsunagu_norm}: width, kana, legal-form words, spaces and long-vowel marks) and finds them through
 * an index of two-character pieces, so a word of two characters (印刷) is found as well as a long one, on every
 * node alike. Ranked: the whole text equal to the words first, then starting with them, then shorter texts.
 * Office staff find everything they may open; facility staff only the deals their facility is on and those deals'
 * questions.
 * <p>
 * The search reads the searched tables directly, as the reporting features do: it only reads, and keeping a copy in
 * step would cost more than it saves.
 */
@Service
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
public class SearchService {

    public static final int MIN_CHARS = 2;
    public static final int MAX_CHARS = 100;
    /** Results per kind: the list is for jumping to a page, not for reading. */
    public static final int PER_KIND = 8;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Optional<FacilityScope> facilityScope;

    SearchService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Optional<FacilityScope> facilityScope) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.facilityScope = facilityScope;
    }

    @Transactional(readOnly = true)
    public List<SearchHit> search(String words) {
        String typed = words == null ? "" : words.strip();
        if (typed.length() > MAX_CHARS) {
            throw UserFacingException.onField("q", "search.tooLong", MAX_CHARS);
        }
        String norm = jdbc.queryForObject("select tsunagu_norm(:q)", Map.of("q", typed), String.class);
        if (norm == null || norm.codePointCount(0, norm.length()) < MIN_CHARS) {
            throw UserFacingException.onField("q", "search.tooShort", MIN_CHARS);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("q", norm).addValue("limit", PER_KIND);
        List<SearchHit> hits = new ArrayList<>();
        if (currentUser.hasRole(AppRoles.FACILITY)) {
            Map<Long, String> mine = facilityScope.map(FacilityScope::dealsOfCurrentFacility).orElse(Map.of());
            if (mine.isEmpty()) {
                return hits;
            }
            params.addValue("deals", mine.keySet());
            jdbc.query(ranked("select d.id, d.title as title, '' as context, d.search_text from deal d", "d",
                    "d.id in (:deals)"), params, (rs, i) -> hits.add(new SearchHit(SearchKind.DEAL, rs.getLong("id"),
                    rs.getString("title"), "", mine.get(rs.getLong("id")))));
            jdbc.query(ranked("select q.id, q.deal_id, q.text as title, d.title as context, q.search_text "
                    + "from deal_question q join deal d on d.id = q.deal_id", "q", "q.deal_id in (:deals)"), params,
                    (rs, i) -> hits.add(new SearchHit(SearchKind.QUESTION, rs.getLong("id"), rs.getString("title"),
                            rs.getString("context"), "portal/deals/" + rs.getLong("deal_id") + "/questions")));
            return hits;
        }
        jdbc.query(ranked("select d.id, d.title as title, c.name as context, d.search_text from deal d "
                + "join customer c on c.id = d.customer_id", "d", null), params, (rs, i) -> hits.add(
                new SearchHit(SearchKind.DEAL, rs.getLong("id"), rs.getString("title"), rs.getString("context"),
                        "deals/" + rs.getLong("id"))));
        jdbc.query(ranked("select c.id, c.name as title, coalesce(c.kana, '') as context, c.search_text "
                + "from customer c", "c", null), params, (rs, i) -> hits.add(new SearchHit(SearchKind.CUSTOMER,
                rs.getLong("id"), rs.getString("title"), rs.getString("context"), "customers/" + rs.getLong("id"))));
        jdbc.query(ranked("select p.id, p.customer_id, p.name as title, c.name as context, p.search_text "
                + "from customer_contact p join customer c on c.id = p.customer_id", "p", null), params,
                (rs, i) -> hits.add(new SearchHit(SearchKind.CONTACT, rs.getLong("id"), rs.getString("title"),
                        rs.getString("context"), "customers/" + rs.getLong("customer_id"))));
        jdbc.query(ranked("select f.id, f.name as title, coalesce(f.municipality, '') as context, f.search_text "
                + "from facility f", "f", null), params, (rs, i) -> hits.add(new SearchHit(SearchKind.FACILITY,
                rs.getLong("id"), rs.getString("title"), rs.getString("context"), "facilities/" + rs.getLong("id"))));
        jdbc.query(ranked("select q.id, q.deal_id, q.text as title, d.title as context, q.search_text "
                + "from deal_question q join deal d on d.id = q.deal_id", "q", null), params,
                (rs, i) -> hits.add(new SearchHit(SearchKind.QUESTION, rs.getLong("id"), rs.getString("title"),
                        rs.getString("context"), "deals/" + rs.getLong("deal_id"))));
        jdbc.query(ranked("select a.id, a.deal_id, a.customer_id, a.summary as title, c.name as context, a.search_text "
                + "from activity a join customer c on c.id = a.customer_id", "a", null), params,
                (rs, i) -> {
                    long dealId = rs.getLong("deal_id");
                    return hits.add(new SearchHit(SearchKind.ACTIVITY, rs.getLong("id"), rs.getString("title"),
                            rs.getString("context"), rs.wasNull() ? "customers/" + rs.getLong("customer_id")
                                    : "deals/" + dealId));
                });
        return hits;
    }

    /**
     * One kind's query: the rows whose bigrams hold all of the words' bigrams (the index) and whose text holds the
     * words (the check), best first.
     */
    private static String ranked(String select, String alias, String condition) {
        return select + " where " + alias + ".search_grams @> tsunagu_bigrams(:q) and strpos(" + alias
                + ".search_text, :q) > 0" + (condition == null ? "" : " and " + condition)
                + " order by (" + alias + ".search_text = :q or left(" + alias + ".search_text, length(:q) + 1) = :q || '|'"
                + " or strpos(" + alias + ".search_text, '|' || :q || '|') > 0) desc, "
                + "strpos(" + alias + ".search_text, :q) = 1 desc, length(" + alias + ".search_text), " + alias
                + ".id desc limit :limit";
    }
}
