package jp.tsunagu.tier;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward bands as the admin keeps them: one dated table per staffing ratio and size of facility (seeded with
 * 令和6年度's 7.5:1, up to 20 places). A revision is a new table from its day, copied from the one before and then
 * changed; the old one stays for the months before.
 */
@Service
public class RewardTables {

    public static final int UNITS_MAX = 10_000;

    private final NamedParameterJdbcTemplate jdbc;

    RewardTables(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A table as listed: what it applies to and its bands. */
    public record TableRow(
            long id, String name, String staffing, int placesMax, LocalDate validFrom, RewardBands bands) {}

    /** Every table, newest first. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISOR, AppRoles.INTERMEDIARY, AppRoles.DIRECTOR, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<TableRow> all() {
        Map<Long, TableRow> rows = new LinkedHashMap<>();
        jdbc.query(
                "select id, name, staffing, places_max, valid_from, target_bonus_units from reward_table"
                        + " order by valid_from desc, staffing, places_max",
                rs -> {
                    long id = rs.getLong(1);
                    rows.put(
                            id,
                            new TableRow(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    rs.getDate(5).toLocalDate(),
                                    new RewardBands(
                                            id,
                                            rs.getString(2),
                                            rs.getDate(5).toLocalDate(),
                                            rs.getInt(6),
                                            bands(id))));
                });
        return new ArrayList<>(rows.values());
    }

    /**
     * The table for a facility of this staffing and size on a day: the newest in force then, of the smallest size
     * that holds its places.
     */
    Optional<RewardBands> applying(String staffing, int places, LocalDate on) {
        return jdbc
                .query(
                        "select id, name, valid_from, target_bonus_units from reward_table where staffing = :s"
                                + " and places_max >= :p and valid_from <= :on order by places_max, valid_from desc"
                                + " limit 1",
                        new MapSqlParameterSource("s", staffing)
                                .addValue("p", places)
                                .addValue("on", Date.valueOf(on)),
                        (rs, i) -> new RewardBands(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getDate(3).toLocalDate(),
                                rs.getInt(4),
                                bands(rs.getLong(1))))
                .stream()
                .findFirst();
    }

    /** Sets one band's units. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void setUnits(long tableId, int wageFrom, Integer units) {
        if (units == null || units < 0 || units > UNITS_MAX) {
            throw UserFacingException.onField("units", "tier.units.range", UNITS_MAX);
        }
        int changed = jdbc.update(
                "update reward_band set units = :u where table_id = :t and wage_from = :w",
                new MapSqlParameterSource("u", units).addValue("t", tableId).addValue("w", wageFrom));
        if (changed == 0) {
            throw UserFacingException.notFound("tier.table.notFound");
        }
    }

    /** A revision: a new table in force from {@code validFrom}, with the bands of {@code fromTableId} to change. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public long revise(long fromTableId, String name, LocalDate validFrom) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw UserFacingException.onField("name", "tier.name.required");
        }
        if (validFrom == null) {
            throw UserFacingException.onField("validFrom", "tier.validFrom.required");
        }
        Map<String, Object> from = jdbc
                .queryForList(
                        "select staffing, places_max, target_bonus_units, valid_from from reward_table where id = :t",
                        Map.of("t", fromTableId))
                .stream()
                .findFirst()
                .orElseThrow(() -> UserFacingException.notFound("tier.table.notFound"));
        if (!validFrom.isAfter(((Date) from.get("valid_from")).toLocalDate())) {
            throw UserFacingException.onField("validFrom", "tier.validFrom.after");
        }
        Integer taken = jdbc.queryForObject(
                "select count(*) from reward_table where staffing = :s and places_max = :p and valid_from = :v",
                new MapSqlParameterSource("s", from.get("staffing"))
                        .addValue("p", from.get("places_max"))
                        .addValue("v", Date.valueOf(validFrom)),
                Integer.class);
        if (taken != null && taken > 0) {
            throw UserFacingException.onField("validFrom", "tier.validFrom.taken");
        }
        Long id = jdbc.queryForObject(
                "insert into reward_table (name, staffing, places_max, valid_from, target_bonus_units)"
                        + " values (:n, :s, :p, :v, :b) returning id",
                new MapSqlParameterSource("n", name.strip())
                        .addValue("s", from.get("staffing"))
                        .addValue("p", from.get("places_max"))
                        .addValue("v", Date.valueOf(validFrom))
                        .addValue("b", from.get("target_bonus_units")),
                Long.class);
        jdbc.update(
                "insert into reward_band (table_id, wage_from, units) select :id, wage_from, units from reward_band"
                        + " where table_id = :t",
                new MapSqlParameterSource("id", id).addValue("t", fromTableId));
        return id;
    }

    private List<RewardBands.Band> bands(long tableId) {
        return jdbc.query(
                "select wage_from, units from reward_band where table_id = :t order by wage_from",
                Map.of("t", tableId),
                (rs, i) -> new RewardBands.Band(rs.getInt(1), rs.getInt(2)));
    }
}
