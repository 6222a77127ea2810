package jp.tsunagu.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One in-app notice to one person. The text is kept as a message key and its parameters, so each
 * person reads it in their own language.
 */
@Entity
@Table(name = "notification")
class Notice {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String kind;

    @Column(name = "deal_id")
    private Long dealId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(nullable = false, length = 1000)
    private String params;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    private String link;

    @Column(name = "digest_pending", nullable = false)
    private boolean digestPending;

    protected Notice() {}

    Notice(
            String recipient,
            String kind,
            Long dealId,
            String link,
            String messageKey,
            List<String> params,
            Instant createdAt,
            boolean digestPending) {
        this.recipient = recipient;
        this.link = link;
        this.digestPending = digestPending;
        this.kind = kind;
        this.dealId = dealId;
        this.messageKey = messageKey;
        this.params = String.join(SEPARATOR, params);
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getKind() {
        return kind;
    }

    Long getDealId() {
        return dealId;
    }

    String getMessageKey() {
        return messageKey;
    }

    Object[] paramArray() {
        return split(params);
    }

    static Object[] split(String params) {
        return params.isEmpty()
                ? new Object[0]
                : Arrays.stream(params.split(SEPARATOR, -1)).toArray();
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
