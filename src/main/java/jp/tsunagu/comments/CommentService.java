package jp.tsunagu.comments;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.notification.NoticeKinds;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.Person;
import jp.tsunagu.security.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a deal, for the office (directors, intermediary staff, supervisors): "@login" names a person, who then
 * gets a notice with the comment's opening and a link to the deal.
 */
@Service
public class CommentService {

    static final int TEXT_MAX = 2000;
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9._-]{2,64})");

    private final JdbcTemplate jdbc;
    private final DealService deals;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommentService(
            JdbcTemplate jdbc,
            DealService deals,
            UserDirectory users,
            NotificationService notifications,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.users = users;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<CommentRow> of(long dealId) {
        deals.statusOf(dealId);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, author, text, created_at from deal_comment " + "where deal_id = ? order by created_at, id",
                dealId);
        Set<String> authors = new HashSet<>();
        rows.forEach(r -> authors.add((String) r.get("author")));
        Map<String, String> names = users.displayNames(authors);
        List<CommentRow> comments = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String author = (String) r.get("author");
            String text = (String) r.get("text");
            comments.add(new CommentRow(
                    ((Number) r.get("id")).longValue(),
                    dealId,
                    author,
                    names.getOrDefault(author, author),
                    text,
                    ((Timestamp) r.get("created_at")).toInstant(),
                    mentions(text)));
        }
        return comments;
    }

    /** Adds a comment; each office person it names with @login is told (not the writer, not facility staff). */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional
    public CommentRow post(long dealId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw UserFacingException.onField("text", "comment.text.required");
        }
        if (body.length() > TEXT_MAX) {
            throw UserFacingException.onField("text", "comment.text.size", TEXT_MAX);
        }
        String title = deals.titleOf(dealId);
        String me = currentUser.username();
        List<String> named = mentions(body);
        List<String> unknown = new ArrayList<>();
        List<Person> told = new ArrayList<>();
        for (String login : named) {
            Person p = users.person(login).filter(Person::enabled).orElse(null);
            if (p == null || AppRoles.FACILITY.equals(p.role()) || AppRoles.ADMIN.equals(p.role())) {
                unknown.add("@" + login);
            } else if (!login.equals(me)) {
                told.add(p);
            }
        }
        if (!unknown.isEmpty()) {
            throw UserFacingException.onField("text", "comment.mention.unknown", String.join("、", unknown));
        }
        Long id = jdbc.queryForObject(
                "insert into deal_comment (deal_id, author, text, created_at) values (?, ?, ?, ?) " + "returning id",
                Long.class,
                dealId,
                me,
                body,
                Timestamp.from(clock.instant()));
        String excerpt = body.length() > 80 ? body.substring(0, 79) + "…" : body;
        String myName = users.displayName(me);
        for (Person p : told) {
            notifications.notifyLinked(
                    p.username(),
                    NoticeKinds.MENTION,
                    dealId,
                    "/deals/" + dealId,
                    "notice.mention",
                    myName,
                    title,
                    excerpt.replace('\n', ' '));
        }
        return of(dealId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** The office people who may be named, as (login, display name), by name. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<Map.Entry<String, String>> mentionable() {
        List<Map.Entry<String, String>> people = new ArrayList<>();
        for (String role : List.of(AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR)) {
            people.addAll(users.withRole(role));
        }
        people.sort(Map.Entry.comparingByValue());
        return people;
    }

    static List<String> mentions(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String login = m.group(1);
            // A mail address is not a mention.
            if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            found.add(login.replaceAll("[.]+$", ""));
        }
        return new ArrayList<>(found);
    }
}
