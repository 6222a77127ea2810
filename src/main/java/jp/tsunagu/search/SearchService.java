package jp.tsunagu.search;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header's search: deals, customers (by name and reading), contacts, facilities, questions and answers, and
 * activities, as people type Japanese. The database normalises the stored text and the typed words with the same
 * function ({@code tsunagu_norm}: width, kana, legal-form words, spaces and long-vowel marks) and finds them through
 * an index of two-character pieces, so a word of two characters (印刷) is found as well as a long one, on every
 * node alike. Names and titles that begin with the words come first (the whole name first); then the newest of
 * those that hold them.
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
    /** How many matching rows the probe reads before calling a word common. */
    static final int PROBE = 200;
    /** Ids read per step when walking a common word's rows from the newest. */
    static final long WINDOW = 30_000;

    static final int MAX_WINDOWS = 3;

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
        MapSqlParameterSource params = new MapSqlParameterSource("q", norm)
                .addValue("qEnd", norm + "\uDBFF\uDFFF")
                .addValue("limit", PER_KIND);
        List<SearchHit> hits = new ArrayList<>();
        if (currentUser.hasRole(AppRoles.FACILITY)) {
            Map<Long, String> mine =
                    facilityScope.map(FacilityScope::dealsOfCurrentFacility).orElse(Map.of());
            if (mine.isEmpty()) {
                return hits;
            }
            params.addValue("deals", mine.keySet()).addValue("me", currentUser.username());
            hits.addAll(find(
                    params,
                    "select d.id, d.title as title from deal d",
                    "d",
                    "d.id in (:deals)",
                    true,
                    (rs, i) -> new SearchHit(
                            SearchKind.DEAL, rs.getLong("id"), rs.getString("title"), "", mine.get(rs.getLong("id")))));
            hits.addAll(find(
                    params,
                    "select q.id, q.deal_id, q.text as title, d.title as context "
                            + "from deal_question q join deal d on d.id = q.deal_id",
                    "q",
                    // As on the portal: the deal's answered questions (its FAQ) and the person's own.
                    "q.deal_id in (:deals) and (q.state = 'ANSWERED' or q.asked_by = :me)",
                    false,
                    (rs, i) -> new SearchHit(
                            SearchKind.QUESTION,
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("context"),
                            "portal/deals/" + rs.getLong("deal_id") + "/questions")));
            return hits;
        }
        hits.addAll(find(
                params,
                "select d.id, d.title as title, c.name as context from deal d "
                        + "join customer c on c.id = d.customer_id",
                "d",
                null,
                true,
                (rs, i) -> new SearchHit(
                        SearchKind.DEAL,
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("context"),
                        "deals/" + rs.getLong("id"))));
        hits.addAll(find(
                params,
                "select c.id, c.name as title, coalesce(c.kana, '') as context from customer c",
                "c",
                null,
                true,
                (rs, i) -> new SearchHit(
                        SearchKind.CUSTOMER,
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("context"),
                        "customers/" + rs.getLong("id"))));
        hits.addAll(find(
                params,
                "select p.id, p.customer_id, p.name as title, c.name as context "
                        + "from customer_contact p join customer c on c.id = p.customer_id",
                "p",
                null,
                true,
                (rs, i) -> new SearchHit(
                        SearchKind.CONTACT,
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("context"),
                        "customers/" + rs.getLong("customer_id"))));
        hits.addAll(find(
                params,
                "select f.id, f.name as title, coalesce(f.municipality, '') as context from facility f",
                "f",
                null,
                true,
                (rs, i) -> new SearchHit(
                        SearchKind.FACILITY,
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("context"),
                        "facilities/" + rs.getLong("id"))));
        hits.addAll(find(
                params,
                "select q.id, q.deal_id, q.text as title, d.title as context "
                        + "from deal_question q join deal d on d.id = q.deal_id",
                "q",
                null,
                false,
                (rs, i) -> new SearchHit(
                        SearchKind.QUESTION,
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("context"),
                        "deals/" + rs.getLong("deal_id"))));
        hits.addAll(find(
                params,
                "select a.id, a.deal_id, a.customer_id, a.summary as title, c.name as context "
                        + "from activity a join customer c on c.id = a.customer_id",
                "a",
                null,
                false,
                (rs, i) -> {
                    long dealId = rs.getLong("deal_id");
                    boolean onCustomer = rs.wasNull();
                    return new SearchHit(
                            SearchKind.ACTIVITY,
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("context"),
                            onCustomer ? "customers/" + rs.getLong("customer_id") : "deals/" + dealId);
                }));
        return hits;
    }

    /**
     * One kind's results, at most {@link #PER_KIND}: for names and titles first those that begin with the words (the
     * whole name first, read in index order), then any that hold them, newest first. Both stop as soon as they have
     * enough rows, so a common word among a million activities costs no more than a rare one: the holding rows come
     * from the index of two-character pieces ({@code search_grams}) and are checked against the text itself.
     */
    private List<SearchHit> find(
            MapSqlParameterSource params,
            String select,
            String alias,
            String condition,
            boolean names,
            RowMapper<SearchHit> row) {
        String and = condition == null ? "" : " and " + condition;
        List<SearchHit> found = new ArrayList<>();
        if (names) {
            found.addAll(jdbc.query(
                    select + " where " + alias + ".search_text collate \"C\" >= :q and " + alias
                            + ".search_text collate \"C\" < :qEnd" + and + " order by " + alias
                            + ".search_text collate \"C\", "
                            + alias + ".id limit :limit",
                    params,
                    row));
        }
        if (found.size() < PER_KIND) {
            Set<Long> seen = new HashSet<>();
            found.forEach(h -> seen.add(h.id()));
            for (SearchHit hit : holding(params, select, alias, and, row)) {
                if (found.size() < PER_KIND && seen.add(hit.id())) {
                    found.add(hit);
                }
            }
        }
        return found;
    }

    /**
     * The newest rows that hold the words. The planner cannot know how many rows a Japanese word's pieces match, and
     * guessed both ways wrong (reading a million activities backwards for a word in none of them; sorting 125,000 for
     * one in every eighth), so the plan is chosen here: a probe through the index takes up to {@link #PROBE} matching
     * rows and stops; fewer than that are all there are, and the newest of them are read by id. More means the word
     * is common, and the newest are found by walking the ids downwards a window at a time, each window read through
     * the primary key.
     */
    private List<SearchHit> holding(
            MapSqlParameterSource params, String select, String alias, String and, RowMapper<SearchHit> row) {
        String table = select.substring(select.indexOf(" from ") + 6).split(" ")[0];
        String holds =
                alias + ".search_grams @> tsunagu_bigrams(:q) and strpos(" + alias + ".search_text, :q) > 0" + and;
        List<Long> probe = jdbc.queryForList(
                "select " + alias + ".id from " + table + " " + alias + " where " + holds + " limit " + (PROBE + 1),
                params,
                Long.class);
        if (probe.size() <= PROBE) {
            if (probe.isEmpty()) {
                return List.of();
            }
            return jdbc.query(
                    select + " where " + alias + ".id in (:ids) order by " + alias + ".id desc limit :limit",
                    new MapSqlParameterSource(params.getValues()).addValue("ids", probe),
                    row);
        }
        Long top = jdbc.queryForObject("select max(id) from " + table, Map.of(), Long.class);
        List<SearchHit> newest = new ArrayList<>();
        long hi = top == null ? 0 : top;
        for (int window = 0; window < MAX_WINDOWS && hi > 0 && newest.size() < PER_KIND; window++) {
            MapSqlParameterSource range = new MapSqlParameterSource(params.getValues())
                    .addValue("hi", hi)
                    .addValue("lo", hi - WINDOW)
                    .addValue("need", PER_KIND - newest.size());
            // The text alone, not the pieces: with the pieces' index at hand the planner would read every match again.
            newest.addAll(jdbc.query(
                    select + " where " + alias + ".id <= :hi and " + alias + ".id > :lo and strpos(" + alias
                            + ".search_text, :q) > 0" + and + " order by " + alias + ".id desc limit :need",
                    range,
                    row));
            hi -= WINDOW;
        }
        if (newest.size() < PER_KIND) {
            // Common, but not among the newest rows: the probe's rows fill the list.
            Set<Long> have = new HashSet<>();
            newest.forEach(h -> have.add(h.id()));
            List<Long> rest = probe.stream().filter(id -> !have.contains(id)).toList();
            if (!rest.isEmpty()) {
                newest.addAll(jdbc.query(
                        select + " where " + alias + ".id in (:ids) order by " + alias + ".id desc limit :need",
                        new MapSqlParameterSource(params.getValues())
                                .addValue("ids", rest)
                                .addValue("need", PER_KIND - newest.size()),
                        row));
            }
        }
        return newest;
    }
}
