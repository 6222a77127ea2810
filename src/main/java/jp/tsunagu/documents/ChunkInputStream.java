package jp.tsunagu.documents;

import java.io.InputStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** A stored version's bytes, read one chunk (at most 1 MiB) at a time. */
final class ChunkInputStream extends InputStream {

    private final JdbcTemplate jdbc;
    private final long versionId;
    private int seq;
    private byte[] chunk = new byte[0];
    private int pos;
    private boolean done;

    ChunkInputStream(JdbcTemplate jdbc, long versionId) {
        this.jdbc = jdbc;
        this.versionId = versionId;
    }

    private boolean fill() {
        while (!done && pos >= chunk.length) {
            List<byte[]> next = jdbc.query(
                    "select data from document_chunk where version_id = ? and seq = ?",
                    (rs, i) -> rs.getBytes(1),
                    versionId,
                    seq++);
            if (next.isEmpty()) {
                done = true;
            } else {
                chunk = next.get(0);
                pos = 0;
            }
        }
        return pos < chunk.length;
    }

    @Override
    public int read() {
        return fill() ? chunk[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }
}
