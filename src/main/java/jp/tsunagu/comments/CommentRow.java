package jp.tsunagu.comments;

import java.time.Instant;
import java.util.List;

/** A comment on a deal: who wrote it when, its text, and the people it named. */
public record CommentRow(
        long id,
        long dealId,
        String author,
        String authorName,
        String text,
        Instant createdAt,
        List<String> mentioned) {}
