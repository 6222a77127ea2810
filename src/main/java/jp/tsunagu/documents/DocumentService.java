package jp.tsunagu.documents;

import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.FacilityOnDeal;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The documents of a deal: attached to the deal or to one of its parts, in versions, each visible to the company, to
 * the intermediary too, or also to the facilities on the deal (only the one facility of an offer or a batch). Kept in
 * PostgreSQL in chunks of 1 MiB, streamed both ways. Every rule is checked here, for the screens and the API alike: a
 * document the caller may not see is "not found", as is its place.
 */
@Service
public class DocumentService {

    private final JdbcTemplate jdbc;
    private final DocumentChunks chunks;
    private final DealService deals;
    private final FacilityOnDeal facilityOnDeal;
    private final DocumentAccess access;
    private final DocumentStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxFileBytes;
    private final long maxDealBytes;

    DocumentService(
            JdbcTemplate jdbc,
            DocumentChunks chunks,
            DealService deals,
            FacilityOnDeal facilityOnDeal,
            DocumentAccess access,
            DocumentStore store,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            TsunaguProperties props) {
        DataSize maxFile = props.documents().maxFileSize();
        DataSize maxDeal = props.documents().maxDealSize();
        this.jdbc = jdbc;
        this.chunks = chunks;
        this.deals = deals;
        this.facilityOnDeal = facilityOnDeal;
        this.access = access;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.maxFileBytes = maxFile.toBytes();
        this.maxDealBytes = maxDeal.toBytes();
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The visibilities the caller may give a file: a facility's files are its own and the office's. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    public List<Visibility> choices() {
        if (access.isFacility()) {
            return List.of(Visibility.FACILITIES);
        }
        if (access.isIntermediary()) {
            return List.of(Visibility.INTERMEDIARY, Visibility.FACILITIES);
        }
        return List.of(Visibility.values());
    }

    /** Whether the caller may see a deal's documents at all (a facility: only while it is offered or assigned). */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public boolean mayOpen(long dealId) {
        return !access.isFacility() || facilityOnDeal.currentFacilityOnDeal(dealId);
    }

    /** Every document of a deal the caller may see, wherever attached: live ones by name, then deleted ones. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<DocumentRow> ofDeal(long dealId) {
        deals.statusOf(dealId);
        if (access.isFacility() && !facilityOnDeal.currentFacilityOnDeal(dealId)) {
            throw UserFacingException.notFound("document.place.notFound");
        }
        return access.rows("d.deal_id = ?", dealId);
    }

    /** The documents the caller may see at one place (an offer, a batch, a question, the deal itself). */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<DocumentRow> at(AttachedTo kind, long attachedId) {
        Place place = access.placeFor(kind, attachedId);
        return access.rows(
                "d.deal_id = ? and d.attached_to = ? and d.attached_id = ?", place.dealId(), kind.name(), attachedId);
    }

    /** One document the caller may see, with its history. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public DocumentRow one(long documentId) {
        Long dealId =
                jdbc.query("select deal_id from document where id = ?", (rs, i) -> rs.getLong(1), documentId).stream()
                        .findFirst()
                        .orElseThrow(DocumentService::notFound);
        return access.rows("d.deal_id = ? and d.id = ?", dealId, documentId).stream()
                .findFirst()
                .orElseThrow(DocumentService::notFound);
    }

    /**
     * Stores a file at a place. A live file of the same name there gets a new version (and keeps its visibility);
     * otherwise a new document with {@code visibility}. The content is read once, in chunks; its type comes from its
     * bytes; programs, archives holding one, empty files and files over the per-file or per-deal limit are refused,
     * and nothing of them is kept.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional
    public DocumentRow upload(
            AttachedTo kind, long attachedId, String fileName, Visibility visibility, InputStream content) {
        String name = cleanName(fileName);
        Place place = access.placeFor(kind, attachedId);
        Long mine = currentUser.facilityId().orElse(null);
        Visibility chosen = access.isFacility() ? Visibility.FACILITIES : visibility;
        if (chosen == null) {
            throw UserFacingException.onField("visibility", "document.visibility.required");
        }
        if (!choices().contains(chosen)) {
            throw UserFacingException.onField("visibility", "document.visibility.notAllowed");
        }
        Long facilityId = place.facilityId() != null ? place.facilityId() : mine;
        String me = currentUser.username();
        Instant now = clock.instant();
        long documentId = store.findOrCreate(kind, attachedId, place, name, chosen, facilityId, me, now);
        long used = store.usedBytes(place.dealId());
        long room = Math.min(maxFileBytes, maxDealBytes - used);
        if (room <= 0) {
            throw UserFacingException.onField("file", "document.deal.full", mb(maxDealBytes));
        }
        DocumentStore.NewVersion version = store.newVersion(documentId, me, now);
        long versionId = version.id();
        int number = version.number();
        String type;
        DocumentChunks.Written written;
        try (InputStream in = new BufferedInputStream(content, 64 * 1024)) {
            ContentCheck.checkName(name);
            type = ContentCheck.detect(in, name);
            ContentCheck.checkType(name, type);
            boolean fileLimit = room == maxFileBytes;
            written = chunks.write(
                    versionId,
                    in,
                    room,
                    () -> UserFacingException.onField(
                            "file",
                            fileLimit ? "document.tooLarge" : "document.deal.full",
                            mb(fileLimit ? maxFileBytes : maxDealBytes)));
            if (written.size() == 0) {
                throw UserFacingException.onField("file", "document.empty", name);
            }
            ContentCheck.checkArchive(name, type, () -> chunks.read(versionId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long size = written.size();
        jdbc.update(
                "update document_version set size_bytes = ?, content_type = ?, sha256 = ? where id = ?",
                size,
                type.length() > 128 ? "application/octet-stream" : type,
                written.sha256(),
                versionId);
        audit.record(
                AuditKind.DOCUMENT,
                documentId,
                place.dealId(),
                number == 1 ? "documentAdded" : "documentVersion",
                name + " (v" + number + ", " + size + " B)");
        return access.rows("d.deal_id = ? and d.id = ?", place.dealId(), documentId)
                .get(0);
    }

    /** A new version of a document the caller may see, under its name at its place. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional
    public DocumentRow newVersion(long documentId, InputStream content) {
        DocumentRow doc = one(documentId);
        if (doc.deleted()) {
            throw notFound();
        }
        return upload(doc.attachedTo(), doc.attachedId(), doc.name(), doc.visibility(), content);
    }

    /** Deletes a document (by its first uploader or an admin): its content goes, its history stays, marked deleted. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional
    public void delete(long documentId) {
        DocumentRow doc = one(documentId);
        if (doc.deleted()) {
            throw notFound();
        }
        if (!doc.deletable()) {
            throw new UserFacingException("document.delete.notYours");
        }
        jdbc.update(
                "update document set deleted_by = ?, deleted_at = ? where id = ? and deleted_at is null",
                currentUser.username(),
                Timestamp.from(clock.instant()),
                documentId);
        chunks.deleteAllOf(documentId);
        audit.record(AuditKind.DOCUMENT, documentId, doc.dealId(), "documentDeleted", doc.name());
    }

    /**
     * Writes a version of a document the caller may see (the newest when {@code version} is null) to the stream
     * {@code target} gives once it knows the file, chunk by chunk, and records the download in the audit log.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    public DocumentFile download(long documentId, Integer version, Function<DocumentFile, OutputStream> target)
            throws IOException {
        DocumentRow doc = one(documentId);
        if (doc.deleted()) {
            throw notFound();
        }
        VersionRow v = version == null
                ? doc.newest()
                : doc.versions().stream()
                        .filter(r -> r.number() == version)
                        .findFirst()
                        .orElseThrow(DocumentService::notFound);
        long versionId = jdbc.queryForObject(
                "select id from document_version where document_id = ? and number = ?",
                Long.class,
                documentId,
                v.number());
        DocumentFile file = new DocumentFile(documentId, v.number(), doc.name(), v.contentType(), v.sizeBytes());
        audit.record(
                AuditKind.DOCUMENT,
                documentId,
                doc.dealId(),
                "documentDownloaded",
                doc.name() + " (v" + v.number() + ")");
        OutputStream out = target.apply(file);
        try (InputStream in = chunks.read(versionId)) {
            in.transferTo(out);
        }
        out.flush();
        return file;
    }

    /** The file's own name, without any folder a browser or client sent along. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw UserFacingException.onField("file", "document.name.required");
        }
        if (name.length() > 255 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw UserFacingException.onField("file", "document.name.invalid");
        }
        return name;
    }

    private static UserFacingException notFound() {
        return UserFacingException.notFound("document.notFound");
    }

    private static long mb(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
