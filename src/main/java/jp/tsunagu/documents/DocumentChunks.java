package jp.tsunagu.documents;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import jp.tsunagu.base.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A version's bytes in PostgreSQL, in chunks of at most 1 MiB: written as the upload is read and read back one chunk
 * at a time, so no file is ever whole in memory.
 */
@Component
class DocumentChunks {

    static final int CHUNK = 1 << 20;

    private final JdbcTemplate jdbc;

    DocumentChunks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What was written: the size and the SHA-256 of the bytes. */
    record Written(long size, String sha256) {}

    /** Writes the stream as the version's chunks; more than {@code room} bytes throws {@code tooLarge}'s refusal. */
    Written write(long versionId, InputStream in, long room, Supplier<UserFacingException> tooLarge)
            throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        int seq = 0;
        byte[] buffer;
        while ((buffer = in.readNBytes(CHUNK)).length > 0) {
            size += buffer.length;
            if (size > room) {
                throw tooLarge.get();
            }
            sha.update(buffer);
            jdbc.update(
                    "insert into document_chunk (version_id, seq, data) values (?, ?, ?)", versionId, seq++, buffer);
        }
        return new Written(size, HexFormat.of().formatHex(sha.digest()));
    }

    InputStream read(long versionId) {
        return new ChunkInputStream(jdbc, versionId);
    }

    /** Frees the bytes of every version of a document (it stays in the history). */
    void deleteAllOf(long documentId) {
        jdbc.update(
                "delete from document_chunk where version_id in (select id from document_version where document_id = ?)",
                documentId);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
