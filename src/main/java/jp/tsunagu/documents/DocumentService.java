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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.FacilityOnDeal;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
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
    private final Map<AttachedTo, AttachmentPlaces> places = new EnumMap<>(AttachedTo.class);
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxFileBytes;
    private final long maxDealBytes;

    DocumentService(
            JdbcTemplate jdbc,
            DocumentChunks chunks,
            DealService deals,
            FacilityOnDeal facilityOnDeal,
            List<AttachmentPlaces> places,
            CurrentUser currentUser,
            UserDirectory users,
            AuditLog audit,
            Clock clock,
            @Value("${tsunagu.documents.max-file-size:100MB}") DataSize maxFile,
            @Value("${tsunagu.documents.max-deal-size:2GB}") DataSize maxDeal) {
        this.jdbc = jdbc;
        this.chunks = chunks;
        this.deals = deals;
        this.facilityOnDeal = facilityOnDeal;
        places.forEach(p -> this.places.put(p.kind(), p));
        this.currentUser = currentUser;
        this.users = users;
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
        if (isFacility()) {
            return List.of(Visibility.FACILITIES);
        }
        if (isIntermediary()) {
            return List.of(Visibility.INTERMEDIARY, Visibility.FACILITIES);
        }
        return List.of(Visibility.values());
    }

    /** Whether the caller may see a deal's documents at all (a facility: only while it is offered or assigned). */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public boolean mayOpen(long dealId) {
        return !isFacility() || facilityOnDeal.currentFacilityOnDeal(dealId);
    }

    /** Every document of a deal the caller may see, wherever attached: live ones by name, then deleted ones. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<DocumentRow> ofDeal(long dealId) {
        deals.statusOf(dealId);
        if (isFacility() && !facilityOnDeal.currentFacilityOnDeal(dealId)) {
            throw UserFacingException.notFound("document.place.notFound");
        }
        return rows("d.deal_id = ?", dealId);
    }

    /** The documents the caller may see at one place (an offer, a batch, a question, the deal itself). */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<DocumentRow> at(AttachedTo kind, long attachedId) {
        Place place = placeFor(kind, attachedId);
        return rows(
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
        return rows("d.deal_id = ? and d.id = ?", dealId, documentId).stream()
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
        Place place = placeFor(kind, attachedId);
        Long mine = currentUser.facilityId().orElse(null);
        Visibility chosen = isFacility() ? Visibility.FACILITIES : visibility;
        if (chosen == null) {
            throw UserFacingException.onField("visibility", "document.visibility.required");
        }
        if (!choices().contains(chosen)) {
            throw UserFacingException.onField("visibility", "document.visibility.notAllowed");
        }
        Long facilityId = place.facilityId() != null ? place.facilityId() : mine;
        List<Map<String, Object>> same = jdbc.queryForList(
                "select id, visibility, facility_id from document "
                        + "where deal_id = ? and attached_to = ? and attached_id = ? and name = ? and deleted_at is null "
                        + "for update",
                place.dealId(),
                kind.name(),
                attachedId,
                name);
        long documentId;
        String me = currentUser.username();
        Instant now = clock.instant();
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
            if (!maySee(Visibility.valueOf((String) existing.get("visibility")), place.dealId(), existingFacility, true)
                    || isFacility() && !Objects.equals(existingFacility, mine)) {
                throw UserFacingException.onField("file", "document.name.taken", name);
            }
            documentId = ((Number) existing.get("id")).longValue();
        }
        int number = jdbc.queryForObject(
                "select coalesce(max(number), 0) + 1 from document_version where document_id = ?",
                Integer.class,
                documentId);
        long used = jdbc.queryForObject(
                "select coalesce(sum(v.size_bytes), 0) from document_version v "
                        + "join document d on d.id = v.document_id where d.deal_id = ? and d.deleted_at is null",
                Long.class,
                place.dealId());
        long room = Math.min(maxFileBytes, maxDealBytes - used);
        if (room <= 0) {
            throw UserFacingException.onField("file", "document.deal.full", mb(maxDealBytes));
        }
        long versionId = jdbc.queryForObject(
                "insert into document_version (document_id, number, size_bytes, "
                        + "content_type, sha256, uploaded_by, uploaded_at) values (?, ?, 0, 'application/octet-stream', ?, ?, ?) "
                        + "returning id",
                Long.class,
                documentId,
                number,
                "0".repeat(64),
                me,
                Timestamp.from(now));
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
        return rows("d.deal_id = ? and d.id = ?", place.dealId(), documentId).get(0);
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

    private List<DocumentRow> rows(String where, Object... args) {
        boolean facility = isFacility();
        List<Map<String, Object>> found = jdbc.queryForList(
                "select d.id, d.deal_id, d.attached_to, d.attached_id, "
                        + "d.facility_id, d.name, d.visibility, d.created_by, d.deleted_by, d.deleted_at, v.number, v.size_bytes, "
                        + "v.content_type, v.uploaded_by, v.uploaded_at from document d join document_version v on v.document_id = d.id "
                        + "where " + where
                        + " and v.size_bytes > 0 order by d.deleted_at nulls first, d.name, d.id, v.number desc",
                args);
        Set<String> people = new HashSet<>();
        found.forEach(r -> {
            people.add((String) r.get("uploaded_by"));
            if (r.get("deleted_by") != null) {
                people.add((String) r.get("deleted_by"));
            }
        });
        Map<String, String> names = users.displayNames(people);
        Map<Long, Boolean> onDeal = new java.util.HashMap<>();
        Map<Long, List<Map<String, Object>>> byDocument = new LinkedHashMap<>();
        found.forEach(r -> byDocument
                .computeIfAbsent(((Number) r.get("id")).longValue(), k -> new ArrayList<>())
                .add(r));
        List<DocumentRow> rows = new ArrayList<>();
        String me = currentUser.username();
        boolean admin = currentUser.hasRole(AppRoles.ADMIN);
        for (List<Map<String, Object>> versions : byDocument.values()) {
            Map<String, Object> d = versions.get(0);
            long dealId = ((Number) d.get("deal_id")).longValue();
            Long facilityId = d.get("facility_id") == null ? null : ((Number) d.get("facility_id")).longValue();
            Visibility visibility = Visibility.valueOf((String) d.get("visibility"));
            boolean deleted = d.get("deleted_at") != null;
            if (facility && deleted) {
                continue;
            }
            if (!maySee(
                    visibility,
                    dealId,
                    facilityId,
                    !facility || onDeal.computeIfAbsent(dealId, facilityOnDeal::currentFacilityOnDeal))) {
                continue;
            }
            List<VersionRow> history = versions.stream()
                    .map(v -> new VersionRow(
                            ((Number) v.get("number")).intValue(),
                            ((Number) v.get("size_bytes")).longValue(),
                            (String) v.get("content_type"),
                            names.getOrDefault((String) v.get("uploaded_by"), (String) v.get("uploaded_by")),
                            ((Timestamp) v.get("uploaded_at")).toInstant()))
                    .toList();
            rows.add(new DocumentRow(
                    ((Number) d.get("id")).longValue(),
                    dealId,
                    AttachedTo.valueOf((String) d.get("attached_to")),
                    ((Number) d.get("attached_id")).longValue(),
                    (String) d.get("name"),
                    visibility,
                    facilityId != null,
                    history,
                    deleted ? names.getOrDefault((String) d.get("deleted_by"), (String) d.get("deleted_by")) : null,
                    deleted ? ((Timestamp) d.get("deleted_at")).toInstant() : null,
                    !deleted && (admin || me.equals(d.get("created_by")))));
        }
        return rows;
    }

    /** Whether the caller may see a file of this visibility on this deal; {@code onDeal}: their facility is on it. */
    private boolean maySee(Visibility visibility, long dealId, Long facilityId, boolean onDeal) {
        if (isFacility()) {
            Long mine = currentUser.facilityId().orElse(null);
            return visibility == Visibility.FACILITIES && onDeal && (facilityId == null || facilityId.equals(mine));
        }
        if (isIntermediary() && !currentUser.hasRole(AppRoles.SUPERVISOR) && !currentUser.hasRole(AppRoles.ADMIN)) {
            return visibility != Visibility.COMPANY;
        }
        return true;
    }

    /** The place, if the caller may see it: for a facility, a deal it is on and a part that is not another's. */
    private Place placeFor(AttachedTo kind, long attachedId) {
        if (kind == null) {
            throw notFound();
        }
        Place place;
        if (kind == AttachedTo.DEAL) {
            try {
                deals.statusOf(attachedId);
            } catch (UserFacingException e) {
                throw UserFacingException.notFound("document.place.notFound");
            }
            place = new Place(attachedId, null);
        } else {
            AttachmentPlaces owner = places.get(kind);
            place = owner == null ? null : owner.place(attachedId).orElse(null);
        }
        if (place == null) {
            throw UserFacingException.notFound("document.place.notFound");
        }
        if (isFacility()) {
            Long mine = currentUser.facilityId().orElse(null);
            if (place.facilityId() != null && !place.facilityId().equals(mine)
                    || !facilityOnDeal.currentFacilityOnDeal(place.dealId())) {
                throw UserFacingException.notFound("document.place.notFound");
            }
        }
        return place;
    }

    private boolean isFacility() {
        return currentUser.hasRole(AppRoles.FACILITY);
    }

    private boolean isIntermediary() {
        return currentUser.hasRole(AppRoles.INTERMEDIARY);
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
