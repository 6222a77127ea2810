package jp.tsunagu.assignment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.CalendarService;
import jp.tsunagu.sla.SlaClocks;
import jp.tsunagu.sla.WorkingTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before offers go out: from each facility's own history (the 90th percentile of the business time its last answers
 * took, in the calendar facilities answer on), when it would likely answer if asked now, and whether that is after
 * the deal's assignment deadline (its running hand-off clock's due time, or else the end of the answer deadline).
 */
@Service
public class AnswerForecast {

    /** Answers counted per facility, newest first; fewer than {@link #MIN_ANSWERS} give no forecast. */
    static final int HISTORY = 20;

    static final int MIN_ANSWERS = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final CalendarService calendars;
    private final SlaClocks clocks;
    private final Clock clock;

    AnswerForecast(NamedParameterJdbcTemplate jdbc, CalendarService calendars, SlaClocks clocks, Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.clocks = clocks;
        this.clock = clock;
    }

    /**
     * @param p90Seconds   business seconds within which 9 of 10 of its answers came
     * @param likelyAnswer now plus that, in the facilities' calendar
     * @param deadline     the deal's assignment deadline it is compared with
     * @param late         whether the likely answer comes after the deadline
     * @param answers      how many answers the figure is from
     */
    public record Forecast(
            long facilityId, long p90Seconds, Instant likelyAnswer, Instant deadline, boolean late, int answers) {}

    /** The forecast for each facility with enough history; an answer deadline of {@code answerBy} if no clock runs. */
    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public Map<Long, Forecast> forOffers(long dealId, Collection<Long> facilityIds, LocalDate answerBy) {
        Map<Long, Forecast> out = new HashMap<>();
        if (facilityIds.isEmpty()) {
            return out;
        }
        Instant deadline = clocks.clocksOf(dealId).stream()
                .filter(c -> c.stage() == DealStage.ASSIGNMENT && c.stoppedAt() == null && c.dueAt() != null)
                .map(SlaClocks.ClockView::dueAt)
                .findFirst()
                .orElse(
                        answerBy == null
                                ? null
                                : answerBy.plusDays(1)
                                        .atStartOfDay(Application.TOKYO)
                                        .toInstant());
        if (deadline == null) {
            return out;
        }
        WorkingTime time = calendars.workingTime(Party.FACILITY);
        Map<Long, List<Long>> seconds = new HashMap<>();
        jdbc.query(
                "select facility_id, sent_at, answered_at from (select facility_id, sent_at, answered_at,"
                        + " row_number() over (partition by facility_id order by answered_at desc) n from offer"
                        + " where answered_at is not null and facility_id in (:ids)) x where n <= :history",
                new MapSqlParameterSource("ids", facilityIds).addValue("history", HISTORY),
                rs -> {
                    Instant sent = rs.getTimestamp(2).toInstant();
                    Instant answered = rs.getTimestamp(3).toInstant();
                    seconds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(time.secondsBetween(sent, answered));
                });
        Instant now = clock.instant();
        seconds.forEach((facility, list) -> {
            if (list.size() < MIN_ANSWERS) {
                return;
            }
            long p90 = p90(list);
            Instant likely = time.plusSeconds(now, p90);
            out.put(facility, new Forecast(facility, p90, likely, deadline, likely.isAfter(deadline), list.size()));
        });
        return out;
    }

    /** The nearest-rank 90th percentile. */
    static long p90(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
