package jp.tsunagu.notification;

import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How each person wants each kind of notice, and when their morning digest comes (Japan time, business days). */
@Service
public class NoticePreferences {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory users;

    NoticePreferences(JdbcTemplate jdbc, CurrentUser currentUser, UserDirectory users) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
    }

    Delivery deliveryOf(String username, String kind) {
        List<String> chosen = jdbc.queryForList(
                "select delivery from notice_preference where username = ? and kind = ?", String.class, username, kind);
        return chosen.isEmpty() ? NoticeKinds.byDefault(kind) : Delivery.valueOf(chosen.get(0));
    }

    /** The current person's choice for each kind they receive, in the order the settings list them. */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<String, Delivery> mine() {
        String me = currentUser.username();
        String role = users.person(me).map(p -> p.role()).orElse("");
        Map<String, Delivery> choices = new LinkedHashMap<>();
        for (String kind : NoticeKinds.of(role)) {
            choices.put(kind, deliveryOf(me, kind));
        }
        return choices;
    }

    @PermitAll
    @Transactional
    public void set(String kind, Delivery delivery) {
        String me = currentUser.username();
        String role = users.person(me).map(p -> p.role()).orElse("");
        if (kind == null || !NoticeKinds.of(role).contains(kind)) {
            throw UserFacingException.onField("kind", "notice.pref.kind.unknown");
        }
        if (delivery == null) {
            throw UserFacingException.onField("delivery", "notice.pref.delivery.required");
        }
        jdbc.update(
                "insert into notice_preference (username, kind, delivery) values (?, ?, ?) "
                        + "on conflict (username, kind) do update set delivery = excluded.delivery",
                me,
                kind,
                delivery.name());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public LocalTime digestTime() {
        return jdbc.queryForObject(
                "select digest_time from app_user where username = ?", LocalTime.class, currentUser.username());
    }

    /** The digest's time, on the quarter hour between 06:00 and 20:00. */
    @PermitAll
    @Transactional
    public void setDigestTime(LocalTime time) {
        if (time == null) {
            throw UserFacingException.onField("digestTime", "notice.digest.time.required");
        }
        if (time.isBefore(LocalTime.of(6, 0))
                || time.isAfter(LocalTime.of(20, 0))
                || time.getMinute() % 15 != 0
                || time.getSecond() != 0) {
            throw UserFacingException.onField("digestTime", "notice.digest.time.range");
        }
        jdbc.update("update app_user set digest_time = ? where username = ?", time, currentUser.username());
    }
}
