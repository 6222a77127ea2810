package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import jp.tsunagu.Application;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.security.AppRoles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' figures, every one computed in PostgreSQL over the indexed clock table: open clocks at
 * risk and breached, lead times per stage and kind of work (count, median, 90th percentile, share met, in
 * business days of the receiving organisation), and their week-by-week trend.
 */
@Service
@RolesAllowed(AppRoles.SUPERVISOR)
public class SlaMonitor {

    private static final ZoneId TOKYO = Application.TOKYO;

    private final NamedParameterJdbcTemplate jdbc;
    private final CalendarService calendars;
    private final Clock clock;

    private final SlaRollups rollups;

    private final int longPauseDays;

    SlaMonitor(
            NamedParameterJdbcTemplate jdbc,
            CalendarService calendars,
            SlaRollups rollups,
            Clock clock,
            TsunaguProperties props) {
        int longPauseDays = props.sla().longPauseDays();
        this.longPauseDays = longPauseDays;
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.calendars = calendars;
        this.clock = clock;
    }

    public record OpenCounts(long running, long atRisk, long breached, long paused) {}

    public record Group(String key, long open, long atRisk, long breached, long paused) {}

    /** An open clock that needs attention, with its deal. */
    public record Attention(
            long dealId,
            String title,
            String customer,
            DealStage stage,
            Party party,
            String assignee,
            SlaState state,
            Instant dueAt,
            Instant breachedAt,
            long usedMinutes,
            int targetMinutes,
            int minutesPerDay) {}

    /** What the open-clock figures are narrowed to; nulls match everything. */
    public record OpenFilter(DealStage stage, Party party, String assignee) {
        public static OpenFilter all() {
            return new OpenFilter(null, null, null);
        }
    }

    private static final String OPEN_WHERE = " where c.stopped_at is null "
            + "and (cast(:stage as varchar) is null or c.stage = :stage) "
            + "and (cast(:party as varchar) is null or c.party = :party) "
            + "and (cast(:assignee as varchar) is null or coalesce(c.assignee, '') = :assignee) ";

    /** When the open-clock counts were last recounted (by the sweep, every 30 s). */
    @Transactional
    public Instant openCountsAsOf() {
        Instant at = rollups.refreshedAt(SlaRollups.OPEN_SUMMARY);
        if (at == null) {
            // Before the first sweep after a fresh install: count once now rather than show nothing.
            rollups.rebuildOpenSummary(clock.instant());
            at = rollups.refreshedAt(SlaRollups.OPEN_SUMMARY);
        }
        return at;
    }

    @Transactional(readOnly = true)
    public OpenCounts openCounts() {
        return jdbc.queryForObject(
                "select coalesce(sum(n) filter (where state = 'RUNNING'), 0), "
                        + "coalesce(sum(n) filter (where state = 'AT_RISK'), 0), "
                        + "coalesce(sum(n) filter (where state = 'BREACHED'), 0), "
                        + "coalesce(sum(n) filter (where state = 'PAUSED'), 0) from sla_open_summary",
                new MapSqlParameterSource(),
                (rs, i) -> new OpenCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    /** One stage's open clocks now, of them at risk and breached. */
    public record StageLoad(DealStage stage, long open, long atRisk, long breached) {}

    /**
     * The open clocks per stage at this moment, of one kind of work and organisation or all (null): a few hundred
     * rows of counts kept by the clocks themselves, whatever the number of open clocks.
     */
    @Transactional(readOnly = true)
    public List<StageLoad> openByStageNow(WorkCategory category, Party party) {
        return jdbc.query(
                "select stage, sum(n), coalesce(sum(n) filter (where state = 'AT_RISK'), 0), "
                        + "coalesce(sum(n) filter (where state = 'BREACHED'), 0) from ("
                        + "select stage, work_category, party, state, n from sla_open_count union all "
                        + "select stage, work_category, party, state, d from sla_open_delta) o "
                        + "where (cast(:category as varchar) is null or work_category = :category) "
                        + "and (cast(:party as varchar) is null or party = :party) group by stage having sum(n) <> 0",
                new MapSqlParameterSource("category", category == null ? null : category.name())
                        .addValue("party", party == null ? null : party.name()),
                (rs, i) ->
                        new StageLoad(DealStage.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Open clocks grouped by {@code stage}, {@code party} or {@code assignee}, worst first. */
    @Transactional(readOnly = true)
    public List<Group> openBy(String dimension) {
        String column =
                switch (dimension) {
                    case "stage" -> "stage";
                    case "party" -> "party";
                    case "assignee" -> "assignee";
                    default -> throw new IllegalArgumentException(dimension);
                };
        return jdbc.query(
                "select " + column + " k, sum(n) n, coalesce(sum(n) filter (where state = 'AT_RISK'), 0) a, "
                        + "coalesce(sum(n) filter (where state = 'BREACHED'), 0) b, "
                        + "coalesce(sum(n) filter (where state = 'PAUSED'), 0) p "
                        + "from sla_open_summary group by 1 order by 4 desc, 3 desc, 2 desc limit 50",
                new MapSqlParameterSource(),
                (rs, i) -> new Group(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Open clocks at risk or breached, the one due earliest first. */
    @Transactional(readOnly = true)
    public List<Attention> attention(OpenFilter filter, int offset, int limit) {
        Instant now = clock.instant();
        // Business time used is worked out for the page's rows only, on each organisation's calendar.
        return jdbc.query(
                "select c.deal_id, d.title, cu.name, c.stage, c.party, c.assignee, c.state, c.due_at, "
                        + "c.breached_at, c.used_before_seconds, c.segment_start, c.target_minutes, c.minutes_per_day "
                        + "from sla_clock c join deal d on d.id = c.deal_id "
                        + "join customer cu on cu.id = d.customer_id" + OPEN_WHERE
                        + "and c.state in ('AT_RISK', 'BREACHED') order by c.state, c.due_at, c.id "
                        + "offset :offset limit :limit",
                open(filter).addValue("offset", offset).addValue("limit", limit),
                (rs, i) -> {
                    Party party = Party.valueOf(rs.getString(5));
                    Instant segment = instant(rs.getTimestamp(11));
                    long used = (rs.getLong(10)
                                    + (segment == null
                                            ? 0
                                            : calendars.workingTime(party).secondsBetween(segment, now)))
                            / 60;
                    // Past its due instant is breached, even before the next sweep records it: late is late.
                    SlaState state = SlaState.valueOf(rs.getString(7));
                    Instant due = instant(rs.getTimestamp(8));
                    if (state == SlaState.AT_RISK && due != null && !due.isAfter(now)) {
                        state = SlaState.BREACHED;
                    }
                    return new Attention(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            DealStage.valueOf(rs.getString(4)),
                            party,
                            rs.getString(6),
                            state,
                            due,
                            instant(rs.getTimestamp(9)),
                            used,
                            rs.getInt(12),
                            rs.getInt(13));
                });
    }

    /** A clock paused for longer than {@link #longPauseDays()} business days, and why. */
    public record LongPause(
            long dealId,
            String title,
            DealStage stage,
            Party party,
            Instant pausedAt,
            String pausedBy,
            String reason,
            double businessDays) {}

    /** From how many business days on a pause is shown to supervisors ({@code tsunagu.sla.long-pause-days}). */
    public int longPauseDays() {
        return longPauseDays;
    }

    /**
     * Clocks paused for {@link #longPauseDays()} business days or more, the longest first: a pause nobody ended hides
     * a hand-off from every figure. Candidates are those paused at least as many calendar days ago (a business day
     * is never shorter); their business time is counted on each organisation's calendar.
     */
    @Transactional(readOnly = true)
    public List<LongPause> longPauses() {
        Instant now = clock.instant();
        return jdbc
                .query(
                        "select c.deal_id, d.title, c.stage, c.party, p.paused_at, p.paused_by, p.reason "
                                + "from sla_clock_pause p join sla_clock c on c.id = p.clock_id join deal d on d.id = c.deal_id "
                                + "where p.resumed_at is null and c.stopped_at is null and p.paused_at <= :cutoff "
                                + "order by p.paused_at, c.id limit 500",
                        new MapSqlParameterSource("cutoff", Timestamp.from(now.minus(Duration.ofDays(longPauseDays)))),
                        (rs, i) -> {
                            Party party = Party.valueOf(rs.getString(4));
                            WorkingTime time = calendars.workingTime(party);
                            Instant pausedAt = rs.getTimestamp(5).toInstant();
                            double days = time.secondsBetween(pausedAt, now) / 60.0 / time.minutesPerDay();
                            return new LongPause(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    DealStage.valueOf(rs.getString(3)),
                                    party,
                                    pausedAt,
                                    rs.getString(6),
                                    rs.getString(7),
                                    days);
                        })
                .stream()
                .filter(p -> p.businessDays() >= longPauseDays)
                .toList();
    }

    private static MapSqlParameterSource open(OpenFilter f) {
        return new MapSqlParameterSource()
                .addValue("stage", f.stage() == null ? null : f.stage().name())
                .addValue("party", f.party() == null ? null : f.party().name())
                .addValue("assignee", f.assignee());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
