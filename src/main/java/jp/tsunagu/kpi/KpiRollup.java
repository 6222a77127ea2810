package jp.tsunagu.kpi;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.tsunagu.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal figures of every fiscal year for every combination of the dashboard's filters, rebuilt in the
 * background every few minutes (4 by default, so that with a rebuild of under a minute the figures are never more
 * than 5 minutes old). One node rebuilds at a time (a PostgreSQL advisory lock); readers see the old rows or the
 * new, never half, because the rebuild is one transaction.
 */
@Component
class KpiRollup {

    static final ZoneId TOKYO = Application.TOKYO;
    static final String NAME = "kpi_rollup";
    /** Any number, the same on every node: whoever holds it rebuilds. */
    private static final long LOCK = 0x4b5049L;

    private static final Logger log = LoggerFactory.getLogger(KpiRollup.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    KpiRollup(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${tsunagu.kpi.rollup-delay:PT30S}",
            fixedDelayString = "${tsunagu.kpi.rollup-interval:PT4M}")
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("KPI rollup not refreshed: {}", e.getMessage());
        }
    }

    /** Rebuilds the rollup; returns false when another node is rebuilding it right now. */
    @Transactional
    public boolean refresh() {
        Boolean locked = jdbc.queryForObject(
                "select pg_try_advisory_xact_lock(:lock)", new MapSqlParameterSource("lock", LOCK), Boolean.class);
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        long started = System.nanoTime();
        Instant asOf = clock.instant();
        jdbc.update("delete from kpi_rollup", new MapSqlParameterSource());
        int rows = jdbc.update(
                "insert into kpi_rollup (fiscal_year, director, intermediary, category, vals) "
                        + KpiQueries.rollup(LocalDate.ofInstant(asOf, TOKYO)),
                new MapSqlParameterSource());
        jdbc.update(
                "insert into rollup_state (name, refreshed_at) values (:name, :at) "
                        + "on conflict (name) do update set refreshed_at = excluded.refreshed_at",
                new MapSqlParameterSource("name", NAME).addValue("at", Timestamp.from(asOf)));
        log.debug("KPI rollup: {} rows in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** When the rollup was last rebuilt, or null if never. */
    Instant refreshedAt() {
        return jdbc.query(
                "select refreshed_at from rollup_state where name = :name",
                new MapSqlParameterSource("name", NAME),
                rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null);
    }

    /** The deal table's size as the planner estimates it (no count over a million rows for each view). */
    long dealCount() {
        Long estimate = jdbc.queryForObject(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = 'deal'::regclass",
                new MapSqlParameterSource(),
                Long.class);
        return estimate == null ? 0 : estimate;
    }

    /** The rolled-up figures of one year and filter; all zero where no deal matches. */
    double[] figures(KpiFilter f) {
        MapSqlParameterSource p = new MapSqlParameterSource("fy", f.fiscalYear())
                .addValue("director", f.director() == null ? "*" : f.director())
                .addValue("intermediary", f.intermediary() == null ? "*" : f.intermediary())
                .addValue("category", f.category() == null ? "*" : f.category().name());
        double[] v = jdbc.query(
                "select vals from kpi_rollup where fiscal_year = :fy and director = :director "
                        + "and intermediary = :intermediary and category = :category",
                p,
                rs -> rs.next() ? numbers(rs.getArray(1)) : null);
        return v == null ? new double[KpiQueries.SIZE] : v;
    }

    static double[] numbers(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? 0 : ((BigDecimal) values[i]).doubleValue();
        }
        return out;
    }
}
