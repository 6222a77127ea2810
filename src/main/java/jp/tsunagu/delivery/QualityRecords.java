package jp.tsunagu.delivery;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records QA leaves: the error-rate sheet (errors by facility, deal and month, with each facility's total)
 * and the list of late and short deliveries the supervisor watches. Both are one grouped query each.
 */
@Service
public class QualityRecords {

    /** The longest period the sheet covers in one go. */
    public static final int MAX_MONTHS = 24;

    private static final ZoneId ZONE = Application.TOKYO;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final BatchRows deliveries;
    private final DeliveryBatchRepository batches;
    private final Clock clock;

    QualityRecords(
            NamedParameterJdbcTemplate jdbc,
            CurrentUser currentUser,
            BatchRows deliveries,
            DeliveryBatchRepository batches,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.deliveries = deliveries;
        this.batches = batches;
        this.clock = clock;
    }

    /**
     * The sheet for inspections from {@code from} to {@code to} (inclusive), optionally one facility. Facility
     * staff get their own facility's lines whatever they ask. Each facility's lines are followed by its total.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<ErrorSheetRow> errorSheet(LocalDate from, LocalDate to, Long facilityId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw UserFacingException.onField(from == null ? "from" : "to", "sheet.period.order");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw UserFacingException.onField("to", "sheet.period.long", MAX_MONTHS);
        }
        Long only = facilityId;
        if (currentUser.hasRole(AppRoles.FACILITY)) {
            only = currentUser.facilityId().orElse(-1L);
        }
        MapSqlParameterSource p = new MapSqlParameterSource("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("facility", only == null ? -1L : only);
        String where =
                "where i.inspected_on between :from and :to " + (only == null ? "" : "and i.facility_id = :facility ");
        Map<String, Map<String, Long>> types = new HashMap<>();
        jdbc.query(
                "select i.facility_id, i.deal_id, date_trunc('month', i.inspected_on)::date m, e.error_type, "
                        + "sum(e.count) from inspection i join inspection_error e on e.inspection_id = i.id " + where
                        + "group by 1, 2, 3, 4",
                p,
                rs -> {
                    types.computeIfAbsent(
                                    rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getDate(3), k -> new HashMap<>())
                            .put(rs.getString(4), rs.getLong(5));
                });
        List<ErrorSheetRow> lines = jdbc.query(
                "select i.facility_id, f.name, i.deal_id, d.title, "
                        + "date_trunc('month', i.inspected_on)::date m, count(*), "
                        + "count(*) filter (where not i.passed), sum(i.pieces_checked), sum(i.errors) "
                        + "from inspection i join facility f on f.id = i.facility_id join deal d on d.id = i.deal_id "
                        + where + "group by 1, 2, 3, 4, 5 order by 2, 1, 5, 4, 3",
                p,
                (rs, n) -> new ErrorSheetRow(
                        rs.getDate(5).toLocalDate(),
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        types.getOrDefault(rs.getLong(1) + "/" + rs.getLong(3) + "/" + rs.getDate(5), Map.of())));
        // Each facility's lines, then its total.
        Map<Long, List<ErrorSheetRow>> byFacility = new LinkedHashMap<>();
        lines.forEach(l -> byFacility
                .computeIfAbsent(l.facilityId(), k -> new ArrayList<>())
                .add(l));
        List<ErrorSheetRow> result = new ArrayList<>();
        byFacility.forEach((id, rows) -> {
            result.addAll(rows);
            Map<String, Long> sum = new HashMap<>();
            rows.forEach(r -> r.errorsByType().forEach((k, v) -> sum.merge(k, v, Long::sum)));
            result.add(new ErrorSheetRow(
                    null,
                    id,
                    rows.get(0).facilityName(),
                    null,
                    null,
                    rows.stream().mapToInt(ErrorSheetRow::inspections).sum(),
                    rows.stream().mapToInt(ErrorSheetRow::failed).sum(),
                    rows.stream().mapToLong(ErrorSheetRow::piecesChecked).sum(),
                    rows.stream().mapToLong(ErrorSheetRow::errors).sum(),
                    sum));
        });
        return result;
    }

    /**
     * Batches that are late (past due and not delivered, or delivered after the due date) or came short, due within
     * the last {@code days} days or still open, most recent first.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<BatchRow> deliveryIssues(int days, int limit) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<Long> ids = jdbc.queryForList(
                "select b.id from delivery_batch b where b.due_on >= :since and ("
                        + "(b.state = 'OPEN' and b.due_on < :today) "
                        + "or (b.delivered_at is not null and (b.delivered_at at time zone 'Asia/Tokyo')::date > b.due_on) "
                        + "or (b.delivered_quantity < b.planned_quantity)) order by b.due_on desc, b.id desc limit :limit",
                new MapSqlParameterSource("since", Date.valueOf(today.minusDays(days)))
                        .addValue("today", Date.valueOf(today))
                        .addValue("limit", limit),
                Long.class);
        return deliveries.of(batches.findAllById(ids).stream()
                .sorted(Comparator.comparing(DeliveryBatch::getDueOn)
                        .reversed()
                        .thenComparing(DeliveryBatch::getId, Comparator.reverseOrder()))
                .toList());
    }
}
