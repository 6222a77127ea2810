package jp.tsunagu.crm;

import java.time.LocalDate;

/** An activity as the log shows it. */
public record ActivityRow(
        long id,
        Long dealId,
        String dealTitle,
        ActivityKind kind,
        LocalDate occurredOn,
        String actor,
        String summary,
        String nextAction,
        LocalDate nextActionOn) {}
