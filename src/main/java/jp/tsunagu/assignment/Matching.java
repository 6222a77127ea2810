package jp.tsunagu.assignment;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the registry's facilities for a job, in PostgreSQL: the newest survey of each active facility
 * that takes the kind of work, its skills, its capacity less the hours already assigned in the period.
 * Score (0–100): skills 30, free capacity for the hours asked 25, able to start in time 15, same town
 * for off-site work (else everyone) 10, answering offers within a day 10 (nothing at three days; a
 * facility never asked yet keeps the 10), quality 10: the error rate of its inspections in the year before
 * the start (full at 0.5 % or less, nothing at 5 %; a facility never inspected keeps the 10).
 */
@Service
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
public class Matching {

    private static final String CANDIDATES = "with cand as (select f.id, f.name, f.municipality, s.id survey_id, "
            + "case when :category = 'PC' then s.pc_workers else s.light_workers end workers, "
            + "s.monthly_capacity_hours capacity, s.earliest_start, s.hub from facility f "
            + "join lateral (select * from capability_survey cs where cs.facility_id = f.id "
            + "order by cs.answered_on desc, cs.id desc limit 1) s on true "
            + "where f.participation = 'ACTIVE' and case :category when 'PC' then s.accepts_pc "
            + "when 'LIGHT' then s.accepts_light else s.accepts_offsite end), "
            + "fit as (select ss.survey_id, count(*) had from survey_skill ss "
            + "where ss.skill_id = any(cast(:skills as bigint[])) and ss.survey_id in (select survey_id from cand) group by 1), "
            + "booked as (select a.facility_id, sum(a.hours_per_month) hours from assignment a "
            + "where a.start_on <= :end and a.end_on >= :start and a.facility_id in (select id from cand) group by 1), "
            + "answers as (select o.facility_id, avg(extract(epoch from o.answered_at - o.sent_at) / 3600)::float8 hours "
            + "from offer o where o.answered_by is not null and o.facility_id in (select id from cand) group by 1), "
            + "quality as (select i.facility_id, 100.0 * sum(i.errors) / sum(i.pieces_checked) rate from inspection i "
            + "where i.inspected_on >= cast(:start as date) - 365 and i.facility_id in (select id from cand) group by 1), "
            + "scored as (select c.*, coalesce(fit.had, 0) had, coalesce(b.hours, 0) booked, "
            + "coalesce(c.municipality, '') = :town same_town, a.hours answer_hours, q.rate::float8 error_rate from cand c "
            + "left join fit on fit.survey_id = c.survey_id left join booked b on b.facility_id = c.id "
            + "left join answers a on a.facility_id = c.id left join quality q on q.facility_id = c.id) ";

    private static final String SCORE = "round(30.0 * case when :asked = 0 then 1 else had::float8 / :asked end "
            // Capacity fits as far as the scarcer of free hours and workers goes: 5 workers cover 5 of 8, not all.
            + "+ 25.0 * least(1.0, greatest(0, capacity - booked)::float8 / greatest(1, :hours), "
            + "workers::float8 / greatest(1, :workers)) "
            + "+ 15.0 * case when earliest_start <= :start then 1 "
            + "else greatest(0, 1 - (earliest_start - :start) / 30.0) end "
            + "+ 10.0 * case when :category <> 'OFFSITE' or same_town then 1 else 0 end "
            + "+ 10.0 * case when answer_hours is null then 1 else greatest(0, least(1, (72 - answer_hours) / 48)) end "
            + "+ 10.0 * case when error_rate is null then 1 else greatest(0, least(1, (5 - error_rate) / 4.5)) end"
            + ")::int";

    private final NamedParameterJdbcTemplate jdbc;

    Matching(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The best {@code limit} facilities for the job, best first. */
    @Transactional(readOnly = true)
    public List<Candidate> rank(MatchRequest r, int limit) {
        return jdbc.query(
                CANDIDATES + "select id, name, municipality, " + SCORE + " score, had, workers, capacity, "
                        + "booked, earliest_start, same_town, hub, answer_hours, error_rate from scored where workers > 0 "
                        + "order by score desc, capacity - booked desc, id limit :limit",
                params(r).addValue("limit", limit),
                (rs, i) -> new Candidate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        r.skillIds().size(),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getBoolean(10),
                        rs.getBoolean(11),
                        (Double) rs.getObject(12),
                        (Double) rs.getObject(13),
                        r.workersNeeded()));
    }

    /**
     * How many facilities could take the job now, with how many workers and free hours, and the earliest
     * start: those that take the kind of work, have every skill asked and free capacity in the period.
     */
    @Transactional(readOnly = true)
    public CapacityAnswer answer(MatchRequest r) {
        return jdbc.queryForObject(
                CANDIDATES + "select count(*), coalesce(sum(workers), 0), "
                        + "coalesce(sum(capacity - booked), 0), min(earliest_start) from scored "
                        + "where workers > 0 and had >= :asked and capacity > booked",
                params(r),
                (rs, i) ->
                        new CapacityAnswer(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getObject(4, LocalDate.class)));
    }

    /** Which of these facilities take this kind of work now (active, newest survey accepts it, with workers). */
    @Transactional(readOnly = true)
    public Set<Long> takingWork(WorkCategory category, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(
                "select f.id from facility f "
                        + "join lateral (select * from capability_survey cs where cs.facility_id = f.id "
                        + "order by cs.answered_on desc, cs.id desc limit 1) s on true "
                        + "where f.id in (:ids) and f.participation = 'ACTIVE' and case :category "
                        + "when 'PC' then s.accepts_pc and s.pc_workers > 0 when 'LIGHT' then s.accepts_light and s.light_workers > 0 "
                        + "else s.accepts_offsite and s.light_workers > 0 end",
                new MapSqlParameterSource("ids", ids).addValue("category", category.name()),
                Long.class));
    }

    private static MapSqlParameterSource params(MatchRequest r) {
        return new MapSqlParameterSource()
                .addValue("category", r.category().name())
                // Ids only (numbers), as one typed array: Spring would expand a Java array into a list.
                .addValue(
                        "skills", r.skillIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .addValue("asked", r.skillIds().size())
                .addValue("hours", r.hoursPerMonth())
                .addValue("workers", r.workersNeeded())
                .addValue("start", r.start())
                .addValue("end", r.end())
                .addValue("town", r.municipality() == null ? "" : r.municipality());
    }
}
