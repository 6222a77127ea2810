package jp.tsunagu.notification;

import java.time.Instant;

/** A message of the outbox as admins see it: to whom, by which way, how often tried, and the last error. */
public record DeliveryRow(
        long id,
        Instant createdAt,
        String recipient,
        String channel,
        String subject,
        String status,
        int attempts,
        String lastError) {}
