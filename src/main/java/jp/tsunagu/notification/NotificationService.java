package jp.tsunagu.notification;

import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.security.AbsenceService;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.Person;
import jp.tsunagu.security.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to people: always in the app; and, as each person chose for each kind, at once by mail (when SMTP is
 * configured and they gave an address) and to their own and their organisation's chat channels, or in the morning
 * digest. The messages go into the outbox in the same transaction as the notice, so a rolled-back change sends
 * nothing; the sender delivers them after commit.
 */
@Service
public class NotificationService {

    private final NoticeRepository notices;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final ObjectProvider<JavaMailSender> mail;
    private final NoticePreferences preferences;
    private final NoticeChannels channels;
    private final NoticeTexts texts;
    private final Outbox outbox;
    private final NoticeSender sender;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AbsenceService absences;

    NotificationService(
            NoticeRepository notices,
            CurrentUser currentUser,
            UserDirectory users,
            ObjectProvider<JavaMailSender> mail,
            NoticePreferences preferences,
            NoticeChannels channels,
            NoticeTexts texts,
            Outbox outbox,
            NoticeSender sender,
            JdbcTemplate jdbc,
            Clock clock,
            AbsenceService absences) {
        this.absences = absences;
        this.notices = notices;
        this.currentUser = currentUser;
        this.users = users;
        this.mail = mail;
        this.preferences = preferences;
        this.channels = channels;
        this.texts = texts;
        this.outbox = outbox;
        this.sender = sender;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Leaves a notice for a person, pointing at the deal (or, for a facility, its jobs). */
    @Transactional
    public void notify(String recipient, String kind, Long dealId, String messageKey, Object... params) {
        notifyLinked(recipient, kind, dealId, null, messageKey, params);
    }

    /**
     * Leaves a notice for a person that opens {@code link} (a path such as {@code /portal/offers/12}); {@code params}
     * fill the message's placeholders.
     */
    @Transactional
    public void notifyLinked(
            String recipient, String kind, Long dealId, String link, String messageKey, Object... params) {
        if (recipient == null) {
            return;
        }
        leave(recipient, kind, dealId, link, messageKey, params);
        // Someone away today: their substitute is told the same, so nothing waits for their return.
        absences.substituteToday(recipient)
                .filter(s -> !s.equals(recipient))
                .ifPresent(s -> leave(s, kind, dealId, link, messageKey, params));
    }

    private void leave(String recipient, String kind, Long dealId, String link, String messageKey, Object... params) {
        // A name without an account (a system role, an account since removed) keeps its notice in the app only.
        Person person = users.person(recipient).orElse(new Person(recipient, recipient, null, "", null, "ja", false));
        String path = link != null ? link : NoticeTexts.defaultLink(person, dealId);
        Delivery delivery = person.enabled() ? preferences.deliveryOf(recipient, kind) : Delivery.APP;
        List<String> texts = Arrays.stream(params).map(String::valueOf).toList();
        Instant now = clock.instant();
        Notice notice = notices.save(
                new Notice(recipient, kind, dealId, path, messageKey, texts, now, delivery == Delivery.DIGEST));
        if (delivery == Delivery.IMMEDIATE) {
            Object[] strings = texts.toArray();
            NoticeText text = this.texts.render(person, dealId, path, messageKey, strings);
            enqueue(notice.getId(), person, text, () -> eventKey(kind, dealId, path, messageKey, texts), now);
        }
    }

    /** The mail and chat messages of one notice to one person, sent after commit. */
    void enqueue(Long noticeId, Person person, NoticeText text, Supplier<String> eventKey, Instant now) {
        if (mail.getIfAvailable() != null
                && person.email() != null
                && !person.email().isBlank()) {
            outbox.mail(noticeId, person.username(), person.email(), text, now);
        }
        for (NoticeChannel channel : channels.deliveringTo(person)) {
            // Asked of the database only when an organisation's channel needs it.
            outbox.chat(
                    noticeId,
                    person.username(),
                    channel,
                    channel.owner().startsWith("org:") ? eventKey.get() : null,
                    text,
                    now);
        }
        sender.wakeAfterCommit();
    }

    /** A person's digest: by mail and to their own channels (an organisation's channel gets no one's digest). */
    void enqueueDigest(Person person, NoticeText text, Instant now) {
        if (mail.getIfAvailable() != null
                && person.email() != null
                && !person.email().isBlank()) {
            outbox.mail(null, person.username(), person.email(), text, now);
        }
        for (NoticeChannel channel : channels.deliveringTo(person)) {
            if (!channel.owner().startsWith("org:")) {
                outbox.chat(null, person.username(), channel, null, text, now);
            }
        }
        sender.wakeAfterCommit();
    }

    /**
     * The same event told to several people of one organisation goes once to that organisation's channel: events are
     * the same notice in the same transaction.
     */
    private String eventKey(String kind, Long dealId, String link, String messageKey, List<String> params) {
        Long tx = jdbc.queryForObject("select txid_current()", Long.class);
        String identity =
                String.join("\u001f", kind, String.valueOf(dealId), link, messageKey, String.join("\u001f", params));
        return HexFormat.of().formatHex(sha256(identity)).substring(0, 40) + ":" + tx;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notices.countByRecipientAndReadAtIsNull(currentUser.username());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<NoticeItem> page(int offset, int limit, Locale locale) {
        int size = Math.max(1, limit);
        return notices
                .findByRecipientOrderByCreatedAtDescIdDesc(currentUser.username(), PageRequest.of(offset / size, size))
                .stream()
                .map(n -> new NoticeItem(
                        n.getId(),
                        n.getKind(),
                        n.getDealId(),
                        n.getLink(),
                        TsunaguI18NProvider.translate(
                                n.getMessageKey(), locale, NoticeParams.localize(n.paramArray(), locale)),
                        n.getCreatedAt(),
                        n.getReadAt() == null))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int count() {
        return (int) notices.countByRecipient(currentUser.username());
    }

    @PermitAll
    @Transactional
    public void markAllRead() {
        notices.markAllRead(currentUser.username(), clock.instant());
    }
}
