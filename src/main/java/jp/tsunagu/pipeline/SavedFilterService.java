package jp.tsunagu.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved inbox views: a name for a filter, kept on the server. Everyone keeps their own; a supervisor may publish
 * one to a role, and everyone of that role then finds it in their inbox. Two views come with the inbox for every
 * role: 期限超過 (overdue) and 今日が期限 (due today).
 */
@Service
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
public class SavedFilterService {

    public static final int NAME_MAX = 40;
    public static final int TEXT_MAX = 100;
    /** A person's own views: more than this is a list nobody reads. */
    static final int MAX_PER_PERSON = 20;

    /**
     * A view: {@code id} null for the built-in ones; {@code sharedRole} the role it is published to, or null;
     * {@code mine} whether the current user may delete it.
     */
    public record SavedFilter(
            Long id, String name, String owner, String sharedRole, InboxFilter filter, boolean mine) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedFilterService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The built-in views, then mine, then those published to my role, each by name. */
    @Transactional(readOnly = true)
    public List<SavedFilter> mine() {
        String me = currentUser.username();
        List<SavedFilter> views = new ArrayList<>();
        views.add(new SavedFilter(
                null,
                "inbox.view.overdue",
                null,
                null,
                new InboxFilter(InboxScope.MINE, "", null, true, false, true),
                false));
        views.add(new SavedFilter(
                null,
                "inbox.view.dueToday",
                null,
                null,
                new InboxFilter(InboxScope.MINE, "", null, false, true, true),
                false));
        views.addAll(jdbc.query(
                "select * from inbox_view where owner = :me or shared_role in (:roles) "
                        + "order by case when owner = :me then 0 else 1 end, name, id",
                new MapSqlParameterSource("me", me).addValue("roles", rolesOrNone()),
                (rs, i) -> new SavedFilter(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("owner"),
                        rs.getString("shared_role"),
                        new InboxFilter(
                                InboxScope.valueOf(rs.getString("scope")),
                                rs.getString("text") == null ? "" : rs.getString("text"),
                                rs.getString("stage") == null ? null : DealStage.valueOf(rs.getString("stage")),
                                rs.getBoolean("overdue_only"),
                                rs.getBoolean("due_today"),
                                false),
                        me.equals(rs.getString("owner")))));
        return views;
    }

    /**
     * Saves the filter under a name, for me or (a supervisor only) published to a role. Refusals name the field.
     */
    @Transactional
    public SavedFilter save(String name, InboxFilter filter, String sharedRole) {
        String me = currentUser.username();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw UserFacingException.onField("name", "inbox.view.name.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw UserFacingException.onField("name", "inbox.view.name.size", NAME_MAX);
        }
        if (sharedRole != null) {
            if (!currentUser.hasRole(AppRoles.SUPERVISOR)) {
                throw UserFacingException.onField("sharedRole", "inbox.view.share.supervisorOnly");
            }
            if (!List.of(AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR)
                    .contains(sharedRole)) {
                throw UserFacingException.onField("sharedRole", "inbox.view.share.invalid");
            }
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (text.length() > TEXT_MAX) {
            throw UserFacingException.onField("text", "inbox.view.text.size", TEXT_MAX);
        }
        Integer count = jdbc.queryForObject(
                "select count(*) from inbox_view where owner = :me", Map.of("me", me), Integer.class);
        if (count != null && count >= MAX_PER_PERSON) {
            throw UserFacingException.onField("name", "inbox.view.tooMany", MAX_PER_PERSON);
        }
        Integer same = jdbc.queryForObject(
                "select count(*) from inbox_view where owner = :me and name = :name",
                Map.of("me", me, "name", trimmed),
                Integer.class);
        if (same != null && same > 0) {
            throw UserFacingException.onField("name", "inbox.view.name.taken", trimmed);
        }
        Long id = jdbc.queryForObject(
                "insert into inbox_view (name, owner, shared_role, scope, text, stage, "
                        + "overdue_only, due_today, created_at) values (:name, :me, :role, :scope, :text, :stage, "
                        + ":overdue, :today, :at) returning id",
                new MapSqlParameterSource("name", trimmed)
                        .addValue("me", me)
                        .addValue("role", sharedRole)
                        .addValue("scope", filter.scope().name())
                        .addValue("text", text.isEmpty() ? null : text)
                        .addValue(
                                "stage",
                                filter.stage() == null ? null : filter.stage().name())
                        .addValue("overdue", filter.overdueOnly())
                        .addValue("today", filter.dueToday())
                        .addValue("at", Timestamp.from(clock.instant())),
                Long.class);
        return new SavedFilter(id, trimmed, me, sharedRole, filter, true);
    }

    /** Deletes one of my views (a published one disappears for everyone it was published to). */
    @Transactional
    public void delete(long id) {
        if (jdbc.update(
                        "delete from inbox_view where id = :id and owner = :me",
                        Map.of("id", id, "me", currentUser.username()))
                == 0) {
            throw new UserFacingException("inbox.view.notYours");
        }
    }

    private List<String> rolesOrNone() {
        List<String> roles = currentUser.roles();
        return roles.isEmpty() ? List.of("-") : roles;
    }
}
