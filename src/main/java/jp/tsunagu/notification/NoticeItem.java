package jp.tsunagu.notification;

import java.time.Instant;

/** A notice as the list shows it, already in the reader's language. */
public record NoticeItem(
        long id, String kind, Long dealId, String link, String text, Instant createdAt, boolean unread) {}
