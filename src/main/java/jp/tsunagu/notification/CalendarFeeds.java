package jp.tsunagu.notification;

import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.Person;
import jp.tsunagu.security.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed (iCalendar, RFC 5545) for Outlook, Google Calendar or a phone: their tasks'
 * due times, briefings and batch due dates. The URL holds a secret of 256 bits that is shown once; only its hash is
 * kept, renewing makes a new one, stopping ends it.
 */
@Service
public class CalendarFeeds {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final List<CalendarEntries> sources;
    private final NoticeTexts texts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(
            JdbcTemplate jdbc,
            CurrentUser currentUser,
            UserDirectory users,
            List<CalendarEntries> sources,
            NoticeTexts texts,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
        this.sources = sources;
        this.texts = texts;
        this.clock = clock;
    }

    /** When the current person's feed was made, if they have one. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Instant> issuedAt() {
        return jdbc
                .query(
                        "select created_at from calendar_feed where username = ?",
                        (rs, i) -> rs.getTimestamp(1).toInstant(),
                        currentUser.username())
                .stream()
                .findFirst();
    }

    /** Makes (or renews) the current person's feed and returns its URL: the only time the secret is shown. */
    @PermitAll
    @Transactional
    public String issue() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update(
                "insert into calendar_feed (username, secret_hash, created_at) values (?, ?, ?) on conflict (username) "
                        + "do update set secret_hash = excluded.secret_hash, created_at = excluded.created_at",
                currentUser.username(),
                hash(token),
                Timestamp.from(clock.instant()));
        return texts.absolute("/calendar/" + token + ".ics");
    }

    @PermitAll
    @Transactional
    public void revoke() {
        jdbc.update("delete from calendar_feed where username = ?", currentUser.username());
    }

    /** The feed of the secret, or empty when no feed has it (never made, renewed or stopped). */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        List<String> owner = jdbc.queryForList(
                "select username from calendar_feed where secret_hash = ?", String.class, hash(token));
        Optional<Person> person =
                owner.stream().findFirst().flatMap(users::person).filter(Person::enabled);
        return person.map(this::render);
    }

    private String render(Person person) {
        Locale locale = "en".equals(person.language()) ? Locale.ENGLISH : TsunaguI18NProvider.JAPANESE;
        Instant now = clock.instant();
        List<CalendarEntry> entries = new ArrayList<>();
        for (CalendarEntries source : sources) {
            entries.addAll(source.entriesFor(person, now.minus(Duration.ofDays(30)), locale));
        }
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Tsunagu//Tsunagu calendar feed//JA");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(TsunaguI18NProvider.translate("feed.name", locale, person.displayName())));
        line(ics, "X-WR-TIMEZONE:Asia/Tokyo");
        line(ics, "REFRESH-INTERVAL;VALUE=DURATION:PT30M");
        for (CalendarEntry e : entries) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + e.uid() + "@tsunagu");
            line(ics, "DTSTAMP:" + UTC.format(now));
            if (e.day() != null) {
                line(ics, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
                line(ics, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            } else {
                line(ics, "DTSTART:" + UTC.format(e.start()));
                line(
                        ics,
                        "DTEND:"
                                + UTC.format(
                                        e.end() != null ? e.end() : e.start().plus(Duration.ofMinutes(15))));
            }
            line(ics, "SUMMARY:" + text(e.summary()));
            String url = texts.absolute(e.link());
            line(ics, "DESCRIPTION:" + text((e.description() == null ? "" : e.description() + "\n") + url));
            line(ics, "URL:" + url);
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 text: backslash, semicolon, comma and new lines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r", "")
                .replace("\n", "\\n");
    }

    /** A content line, folded at 75 octets without splitting a character, ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int start = out.length();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > (out.length() == start ? 75 : 74) && octets > 0) {
                out.append("\r\n ");
                start = out.length();
                octets = 0;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
