package jp.tsunagu.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The document and version rows: a file of the same name in the same place gets a new version, not a new file. */
@Component
class DocumentStore {

    private final JdbcTemplate jdbc;
    private final DocumentAccess access;
    private final CurrentUser currentUser;

    DocumentStore(JdbcTemplate jdbc, DocumentAccess access, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * The document of this name in this place (locked), or a new one. Refused when a file of that name is there but
     * the caller may not see it (another facility's, or company-only).
     */
    long findOrCreate(
            AttachedTo kind,
            long attachedId,
            Place place,
            String name,
            Visibility chosen,
            Long facilityId,
            String me,
            Instant now) {
        Long mine = currentUser.facilityId().orElse(null);
        List<Map<String, Object>> same = jdbc.queryForList(
                "select id, visibility, facility_id from document "
                        + "where deal_id = ? and attached_to = ? and attached_id = ? and name = ? and deleted_at is null "
                        + "for update",
                place.dealId(),
                kind.name(),
                attachedId,
                name);
        long documentId;
        if (same.isEmpty()) {
            try {
                documentId = jdbc.queryForObject(
                        "insert into document (deal_id, attached_to, attached_id, facility_id, "
                                + "name, visibility, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
                        Long.class,
                        place.dealId(),
                        kind.name(),
                        attachedId,
                        facilityId,
                        name,
                        chosen.name(),
                        me,
                        Timestamp.from(now));
            } catch (DuplicateKeyException e) {
                throw UserFacingException.onField("file", "document.name.race", name);
            }
        } else {
            Map<String, Object> existing = same.get(0);
            Long existingFacility =
                    existing.get("facility_id") == null ? null : ((Number) existing.get("facility_id")).longValue();
            if (!access.maySee(
                            Visibility.valueOf((String) existing.get("visibility")),
                            place.dealId(),
                            existingFacility,
                            true)
                    || access.isFacility() && !Objects.equals(existingFacility, mine)) {
                throw UserFacingException.onField("file", "document.name.taken", name);
            }
            documentId = ((Number) existing.get("id")).longValue();
        }
        return documentId;
    }

    /** The bytes a deal's files hold now, every version counted. */
    long usedBytes(long dealId) {
        return jdbc.queryForObject(
                "select coalesce(sum(v.size_bytes), 0) from document_version v "
                        + "join document d on d.id = v.document_id where d.deal_id = ? and d.deleted_at is null",
                Long.class,
                dealId);
    }

    /** A version's row and its number (1 for a new file). */
    record NewVersion(long id, int number) {}

    /** An empty next version of the document; its bytes are written after it. */
    NewVersion newVersion(long documentId, String me, Instant now) {
        int number = jdbc.queryForObject(
                "select coalesce(max(number), 0) + 1 from document_version where document_id = ?",
                Integer.class,
                documentId);
        long id = jdbc.queryForObject(
                "insert into document_version (document_id, number, size_bytes, "
                        + "content_type, sha256, uploaded_by, uploaded_at) values (?, ?, 0, 'application/octet-stream', ?, ?, ?) "
                        + "returning id",
                Long.class,
                documentId,
                number,
                "0".repeat(64),
                me,
                Timestamp.from(now));
        return new NewVersion(id, number);
    }
}
