package jp.tsunagu.assignment;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.requirements.VolumeUnit;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search conditions of a deal's facility assignment: what the intermediary last searched with, or, before that,
 * what the requirements sheet says (skills, workers, volume, start and due date). Kept per deal, so a reload finds the
 * same candidates.
 */
@Service
public class AssignmentSearches {

    /** Worker-hours a month assumed when the sheet gives the volume in pieces. */
    static final int DEFAULT_HOURS = 40;

    /** One search: skills, workers, worker-hours a month, quantity, period and (off-site work) the town. */
    public record Conditions(
            Set<Long> skillIds,
            int workers,
            int hours,
            Integer quantity,
            LocalDate start,
            LocalDate end,
            String town,
            boolean saved) {}

    private final JdbcTemplate jdbc;
    private final RequirementsService requirements;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentSearches(JdbcTemplate jdbc, RequirementsService requirements, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.requirements = requirements;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.DIRECTOR})
    @Transactional(readOnly = true)
    public Conditions of(long dealId) {
        List<Conditions> saved = jdbc.query(
                "select skill_ids, workers, hours, quantity, start_on, end_on, town "
                        + "from assignment_search where deal_id = ?",
                (rs, i) -> new Conditions(
                        ids(rs.getString(1)),
                        rs.getInt(2),
                        rs.getInt(3),
                        (Integer) rs.getObject(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getDate(6).toLocalDate(),
                        rs.getString(7),
                        true),
                dealId);
        return saved.isEmpty() ? fromSheet(dealId) : saved.get(0);
    }

    /** What the requirements sheet says, with today's defaults where it is silent. */
    private Conditions fromSheet(long dealId) {
        RequirementsForm f = requirements.of(dealId).form();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = f.getStartOn() == null || f.getStartOn().isBefore(today) ? today.plusDays(7) : f.getStartOn();
        LocalDate end = f.getDeliveryDueOn() == null || !f.getDeliveryDueOn().isAfter(start)
                ? start.plusMonths(3)
                : f.getDeliveryDueOn();
        Integer volume = f.getVolume() == null ? null : f.getVolume().intValue();
        int hours = f.getVolumeUnit() == VolumeUnit.HOURS_PER_MONTH && volume != null && volume > 0
                ? volume
                : DEFAULT_HOURS;
        Integer quantity =
                f.getVolumeUnit() == VolumeUnit.PIECES_PER_MONTH && volume != null && volume > 0 ? volume : null;
        int workers = f.getWorkersNeeded() == null || f.getWorkersNeeded() <= 0 ? 1 : f.getWorkersNeeded();
        return new Conditions(Set.copyOf(f.getSkillIds()), workers, hours, quantity, start, end, null, false);
    }

    /** Keeps the conditions searched with; refused when they could not find anyone (no workers, hours or period). */
    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional
    public void save(long dealId, Conditions c) {
        if (c.workers() <= 0) {
            throw UserFacingException.onField("workers", "assignment.search.positive");
        }
        if (c.hours() <= 0) {
            throw UserFacingException.onField("hours", "assignment.search.positive");
        }
        if (c.quantity() != null && c.quantity() <= 0) {
            throw UserFacingException.onField("quantity", "assignment.quantity.positive");
        }
        if (c.start() == null || c.end() == null || c.end().isBefore(c.start())) {
            throw UserFacingException.onField(c.start() == null ? "start" : "end", "assignment.period.order");
        }
        String town = c.town() == null || c.town().isBlank() ? null : c.town().strip();
        if (town != null && town.length() > 100) {
            throw UserFacingException.onField("town", "assignment.search.town");
        }
        jdbc.update(
                "insert into assignment_search (deal_id, skill_ids, workers, hours, quantity, start_on, end_on, town, "
                        + "saved_by, saved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (deal_id) do update set "
                        + "skill_ids = excluded.skill_ids, workers = excluded.workers, hours = excluded.hours, "
                        + "quantity = excluded.quantity, start_on = excluded.start_on, end_on = excluded.end_on, "
                        + "town = excluded.town, saved_by = excluded.saved_by, saved_at = excluded.saved_at",
                dealId,
                c.skillIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                c.workers(),
                c.hours(),
                c.quantity(),
                Date.valueOf(c.start()),
                Date.valueOf(c.end()),
                town,
                currentUser.username(),
                Timestamp.from(clock.instant()));
    }

    private static Set<Long> ids(String csv) {
        return csv == null || csv.isBlank()
                ? Set.of()
                : Arrays.stream(csv.split(",")).map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
