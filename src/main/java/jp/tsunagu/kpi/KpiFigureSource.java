package jp.tsunagu.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.tsunagu.base.TsunaguProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the year's deal figures come from: computed live, or from the rollup once the deals outgrow
 * {@code tsunagu.kpi.live-limit}. Live figures of the same filter and day are reused for
 * {@code tsunagu.kpi.live-reuse}: a dashboard opened by many is computed once.
 */
@Component
class KpiFigureSource {

    /** The figures, whether they are live or rolled up, and as of when. */
    record Figures(DealFigures deals, KpiReport.Source source, Instant asOf) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final KpiRollup rollup;
    private final Clock clock;
    private final long liveLimit;
    private final Duration liveReuse;
    /** Live figures by filter and day, reused for {@link #liveReuse}: a dashboard opened by many is computed once. */
    private final Map<LiveKey, LiveFigures> recent = new ConcurrentHashMap<>();

    private record LiveKey(KpiFilter filter, LocalDate today) {}

    private record LiveFigures(double[] values, Instant at) {}

    @Autowired
    KpiFigureSource(NamedParameterJdbcTemplate jdbc, KpiRollup rollup, Clock clock, TsunaguProperties props) {
        this(jdbc, rollup, clock, props.kpi().liveLimit(), props.kpi().liveReuse());
    }

    KpiFigureSource(
            NamedParameterJdbcTemplate jdbc, KpiRollup rollup, Clock clock, long liveLimit, Duration liveReuse) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.clock = clock;
        this.liveLimit = liveLimit;
        this.liveReuse = liveReuse;
    }

    Figures of(KpiFilter filter) {
        if (rollup.dealCount() > liveLimit) {
            Instant refreshed = rollup.refreshedAt();
            if (refreshed != null) {
                return new Figures(DealFigures.of(rollup.figures(filter)), KpiReport.Source.ROLLUP, refreshed);
            }
        }
        LiveFigures live = live(filter, LocalDate.now(clock));
        return new Figures(DealFigures.of(live.values()), KpiReport.Source.LIVE, live.at());
    }

    /** How long live figures are reused for the same filter (zero: computed for every report). */
    public Duration liveReuse() {
        return liveReuse;
    }

    public boolean reusesLiveFigures() {
        return !(liveReuse.isZero() || liveReuse.isNegative());
    }

    /** Rebuilds the rollup now rather than at its next turn; false if another node is rebuilding it. */
    public boolean refreshRollup() {
        return rollup.refresh();
    }

    /** The live figures computed less than {@link #liveReuse} ago for the same filter, or computed now. */
    private LiveFigures live(KpiFilter filter, LocalDate today) {
        Instant now = clock.instant();
        LiveKey key = new LiveKey(filter, today);
        LiveFigures cached = recent.get(key);
        if (cached != null && now.isBefore(cached.at().plus(liveReuse)) && !now.isBefore(cached.at())) {
            return cached;
        }
        LiveFigures computed = new LiveFigures(liveFigures(filter, today), now);
        if (reusesLiveFigures()) {
            recent.values().removeIf(f -> !now.isBefore(f.at().plus(liveReuse)));
            recent.put(key, computed);
        }
        return computed;
    }

    double[] liveFigures(KpiFilter filter, LocalDate today) {
        return jdbc.query(
                KpiQueries.live(filter.fiscalYear(), today, KpiSql.yearFilters(filter)), KpiSql.params(filter), rs -> {
                    rs.next();
                    return KpiRollup.numbers(rs.getArray(1));
                });
    }
}
