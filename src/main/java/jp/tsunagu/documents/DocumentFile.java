package jp.tsunagu.documents;

/** What a download needs before its bytes: the file's name, type and size. */
public record DocumentFile(long documentId, int version, String name, String contentType, long sizeBytes) {}
