package jp.tsunagu.documents;

import java.time.Instant;

/** One version of a document: its number (1 first), size, type, and who uploaded it when. */
public record VersionRow(int number, long sizeBytes, String contentType, String uploadedBy, Instant uploadedAt) {}
