package jp.tsunagu.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.Person;
import jp.tsunagu.security.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chat channels: each person may add their own (LINE WORKS, Slack, Microsoft Teams, Chatwork, or any JSON webhook);
 * admins add an organisation's shared ones (the company, the intermediary, a facility). A notice goes to its person's
 * channels and, once per event, to their organisation's.
 */
@Service
public class NoticeChannels {

    private static final RowMapper<NoticeChannel> ROW = (rs, i) -> new NoticeChannel(
            rs.getLong("id"),
            rs.getString("owner"),
            ChannelKind.valueOf(rs.getString("kind")),
            rs.getString("label"),
            rs.getString("url"),
            rs.getString("token") != null,
            rs.getBoolean("enabled"));

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Outbox outbox;
    private final NoticeTexts texts;
    private final Clock clock;
    private final NoticeSender sender;

    NoticeChannels(
            JdbcTemplate jdbc,
            CurrentUser currentUser,
            UserDirectory users,
            Outbox outbox,
            NoticeTexts texts,
            Clock clock,
            NoticeSender sender) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.sender = sender;
    }

    List<NoticeChannel> deliveringTo(Person person) {
        return jdbc.query(
                "select * from notice_channel where enabled and owner in (?, ?) order by id",
                ROW,
                "user:" + person.username(),
                "org:" + person.organisation());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<NoticeChannel> mine() {
        return jdbc.query(
                "select * from notice_channel where owner = ? order by id", ROW, "user:" + currentUser.username());
    }

    @PermitAll
    @Transactional
    public NoticeChannel addMine(ChannelForm form) {
        return add("user:" + currentUser.username(), form);
    }

    /** Every organisation's shared channels. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<NoticeChannel> shared() {
        return jdbc.query("select * from notice_channel where owner like 'org:%' order by owner, id", ROW);
    }

    /** A shared channel of {@code organisation}: COMPANY, INTERMEDIARY or FACILITY-&lt;id&gt;. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public NoticeChannel addShared(String organisation, ChannelForm form) {
        if (organisation == null
                || !(organisation.equals("COMPANY")
                        || organisation.equals(AppRoles.INTERMEDIARY)
                        || organisation.matches(AppRoles.FACILITY + "-\\d+"))) {
            throw UserFacingException.onField("organisation", "channel.organisation.required");
        }
        return add("org:" + organisation, form);
    }

    /** Removes a channel: one's own, or (admins) any. */
    @PermitAll
    @Transactional
    public void remove(long id) {
        NoticeChannel channel = owned(id);
        jdbc.update("delete from notice_channel where id = ?", channel.id());
    }

    /** Sends a test message to a channel now, so that whoever set it up sees it arrive. */
    @PermitAll
    @Transactional
    public void test(long id) {
        NoticeChannel channel = owned(id);
        Person me = users.person(currentUser.username()).orElseThrow();
        NoticeText text = texts.render(me, null, "/profile", "channel.test.message", new Object[] {channel.label()});
        outbox.chat(null, me.username(), channel, null, text, clock.instant());
        sender.wakeAfterCommit();
    }

    private NoticeChannel owned(long id) {
        List<NoticeChannel> found = jdbc.query("select * from notice_channel where id = ?", ROW, id);
        if (found.isEmpty()
                || !found.get(0).owner().equals("user:" + currentUser.username())
                        && !currentUser.hasRole(AppRoles.ADMIN)) {
            throw UserFacingException.notFound("channel.notFound");
        }
        return found.get(0);
    }

    private NoticeChannel add(String owner, ChannelForm form) {
        if (form == null || form.kind() == null) {
            throw UserFacingException.onField("kind", "channel.kind.required");
        }
        String label = form.label() == null ? "" : form.label().strip();
        if (label.isEmpty() || label.length() > 100) {
            throw UserFacingException.onField("label", "channel.label.required");
        }
        String url = form.url() == null ? "" : form.url().strip();
        if (!acceptable(url)) {
            throw UserFacingException.onField("url", "channel.url.invalid");
        }
        String token = form.token() == null || form.token().isBlank()
                ? null
                : form.token().strip();
        if (form.kind() == ChannelKind.CHATWORK && token == null) {
            throw UserFacingException.onField("token", "channel.token.required");
        }
        if (token != null && token.length() > 200) {
            throw UserFacingException.onField("token", "channel.token.size");
        }
        Long id = jdbc.queryForObject(
                "insert into notice_channel (owner, kind, label, url, token, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                owner,
                form.kind().name(),
                label,
                url,
                token,
                currentUser.username(),
                Timestamp.from(clock.instant()));
        return jdbc.query("select * from notice_channel where id = ?", ROW, id).get(0);
    }

    /** An https URL; plain http only to this machine (a relay on the server itself). */
    static boolean acceptable(String url) {
        if (url.length() > 500) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null) {
                return false;
            }
            return scheme.equals("https")
                    || scheme.equals("http") && (host.equals("localhost") || host.equals("127.0.0.1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
