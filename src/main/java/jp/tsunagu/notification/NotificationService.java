package jp.tsunagu.notification;

import jakarta.annotation.security.PermitAll;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Notices to people: always in the app, and by e-mail too when SMTP is configured
 * ({@code spring.mail.host}) and the person has an address. Mail goes out only after the transaction
 * that caused it commits, so a rolled-back breach never sends one.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NoticeRepository notices;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final ObjectProvider<JavaMailSender> mail;
    private final String mailFrom;
    private final Clock clock;

    NotificationService(NoticeRepository notices, CurrentUser currentUser, UserDirectory users,
                        ObjectProvider<JavaMailSender> mail, @Value("${tsunagu.mail.from:tsunagu@localhost}") String mailFrom,
                        Clock clock) {
        this.notices = notices;
        this.currentUser = currentUser;
        this.users = users;
        this.mail = mail;
        this.mailFrom = mailFrom;
        this.clock = clock;
    }

    /** Leaves a notice for a person; {@code params} fill the message's placeholders. */
    @Transactional
    public void notify(String recipient, String kind, Long dealId, String messageKey, Object... params) {
        if (recipient == null) {
            return;
        }
        List<String> texts = Arrays.stream(params).map(String::valueOf).toList();
        notices.save(new Notice(recipient, kind, dealId, messageKey, texts, clock.instant()));
        JavaMailSender sender = mail.getIfAvailable();
        String address = users.emailOf(recipient);
        if (sender != null && address != null) {
            String text = TsunaguI18NProvider.translate(messageKey, TsunaguI18NProvider.JAPANESE, params);
            Runnable send = () -> send(sender, address, text);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        send.run();
                    }
                });
            } else {
                send.run();
            }
        }
    }

    private void send(JavaMailSender sender, String address, String text) {
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(mailFrom);
            message.setTo(address);
            message.setSubject("【つなぐ】" + text);
            message.setText(text);
            sender.send(message);
        } catch (MailException e) {
            // The notice is in the app already; a mail server that is down must not undo it.
            log.warn("Could not send a notice by mail to {}: {}", address, e.getMessage());
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
        return notices.findByRecipientOrderByCreatedAtDescIdDesc(currentUser.username(),
                        PageRequest.of(offset / size, size)).stream()
                .map(n -> new NoticeItem(n.getId(), n.getKind(), n.getDealId(),
                        TsunaguI18NProvider.translate(n.getMessageKey(), locale, n.paramArray()), n.getCreatedAt(),
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
