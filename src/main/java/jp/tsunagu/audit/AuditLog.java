package jp.tsunagu.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what on deals, facility assignments and SLA policies, and who logged in. A change writes its entry in
 * its own transaction, so the entry exists exactly when the change committed. Reading is for supervisors and admins
 * (all of it) and for the people who see a deal (its own entries).
 */
@Service
public class AuditLog {

    /** The actor of changes no person made (timers, the SLA sweep, start-up). */
    public static final String SYSTEM = "system";

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records a change made by the person logged in now (or {@link #SYSTEM}). */
    @Transactional
    public void record(AuditKind kind, Long entityId, Long dealId, String action, String detail) {
        recordAs(actor(), kind, entityId, dealId, action, detail);
    }

    /** Records something about a person who is not (yet) logged in: a login, a failed one. */
    @Transactional
    public void recordAs(String actor, AuditKind kind, Long entityId, Long dealId, String action, String detail) {
        String who = actor == null || actor.isBlank() ? SYSTEM : actor.length() > 64 ? actor.substring(0, 64) : actor;
        entries.save(new AuditEntry(clock.instant(), who, kind, entityId, dealId, action, detail));
    }

    @RolesAllowed({"ADMIN", "SUPERVISOR"})
    @Transactional(readOnly = true)
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return entries
                .page(filter.kind(), actorText(filter), from(filter), to(filter), PageRequest.of(offset / size, size))
                .stream()
                .map(AuditEntry::row)
                .toList();
    }

    @RolesAllowed({"ADMIN", "SUPERVISOR"})
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return (int)
                Math.min(Integer.MAX_VALUE, entries.count(filter.kind(), actorText(filter), from(filter), to(filter)));
    }

    /** The latest 200 changes of one deal, newest first (the deal page). */
    @RolesAllowed({"DIRECTOR", "INTERMEDIARY", "SUPERVISOR"})
    @Transactional(readOnly = true)
    public List<AuditRow> ofDeal(long dealId) {
        return entries.findTop200ByDealIdOrderByAtDescIdDesc(dealId).stream()
                .map(AuditEntry::row)
                .toList();
    }

    /** A label in Japanese, the language entries are written in (e.g. a category's name). */
    public static String ja(String key, Object... params) {
        return TsunaguI18NProvider.translate(key, TsunaguI18NProvider.JAPANESE, params);
    }

    /** The English text of a message, for operators' logs. */
    public static String en(String key, Object... params) {
        return TsunaguI18NProvider.translate(key, TsunaguI18NProvider.ENGLISH, params);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth.getName() == null ? SYSTEM : auth.getName();
    }

    private static String actorText(AuditFilter f) {
        return f.actor() == null ? "" : f.actor().strip().toLowerCase(Locale.ROOT);
    }

    private Instant from(AuditFilter f) {
        return f.from() == null ? Instant.EPOCH : f.from().atStartOfDay(zone()).toInstant();
    }

    private Instant to(AuditFilter f) {
        return f.to() == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : f.to().plusDays(1).atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
