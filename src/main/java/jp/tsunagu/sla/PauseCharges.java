package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.Application;
import jp.tsunagu.security.AppRoles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each party's waits added: the pauses that ended in a period, their business time summed by the party their
 * reason is charged to, and the hand-offs done in the period with their lead time counted without and with the
 * time stopped.
 */
@Service
public class PauseCharges {

    private final NamedParameterJdbcTemplate jdbc;

    PauseCharges(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One party's pauses: how many ended in the period and the business seconds they added. */
    public record Charge(String party, long pauses, long businessSeconds) {}

    /** Hand-offs done in the period: how many, and their average business seconds without and with pauses. */
    public record LeadTimes(long handOffs, double averageSeconds, double averageWithPausesSeconds) {}

    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<Charge> byParty(LocalDate from, LocalDate to) {
        return jdbc.query(
                "select charged_to, count(*), coalesce(sum(business_seconds), 0) from sla_clock_pause"
                        + " where resumed_at >= :from and resumed_at < :to group by charged_to"
                        + " order by 3 desc, 1",
                period(from, to),
                (rs, i) -> new Charge(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public LeadTimes leadTimes(LocalDate from, LocalDate to) {
        return jdbc.queryForObject(
                "select count(*), coalesce(avg(used_seconds), 0), coalesce(avg(used_seconds + paused_seconds), 0)"
                        + " from sla_clock where state in ('MET', 'MISSED') and stopped_at >= :from"
                        + " and stopped_at < :to",
                period(from, to),
                (rs, i) -> new LeadTimes(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)));
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource(
                        "from",
                        Timestamp.from(from.atStartOfDay(Application.TOKYO).toInstant()))
                .addValue(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(Application.TOKYO).toInstant()));
    }
}
