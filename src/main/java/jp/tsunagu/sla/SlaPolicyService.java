package jp.tsunagu.sla;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealPriority;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SLA policies: admins edit them; a clock copies the one that applies when it starts. */
@Service
public class SlaPolicyService {

    /** A policy as the admin's screen shows and edits it. */
    public record PolicyRow(
            long id,
            long version,
            DealStage stage,
            WorkCategory category,
            DealPriority priority,
            SlaUnit unit,
            int duration,
            int warnPercent,
            int riskPercent,
            String updatedBy,
            Instant updatedAt) {}

    private final SlaPolicyRepository policies;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;

    SlaPolicyService(SlaPolicyRepository policies, CurrentUser currentUser, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.policies = policies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<PolicyRow> all() {
        return policies.findAll().stream()
                .sorted(Comparator.comparing((SlaPolicy p) -> p.getStage().ordinal())
                        .thenComparing(p ->
                                p.getCategory() == null ? -1 : p.getCategory().ordinal())
                        .thenComparing(SlaPolicy::getPriority))
                .map(p -> new PolicyRow(
                        p.getId(),
                        p.getVersion(),
                        p.getStage(),
                        p.getCategory(),
                        p.getPriority(),
                        p.getUnit(),
                        p.getDuration(),
                        p.getWarnPercent(),
                        p.getRiskPercent(),
                        p.getUpdatedBy(),
                        p.getUpdatedAt()))
                .toList();
    }

    /**
     * Changes a policy. Clocks already running keep the policy they started with. Refused, with nothing
     * changed, for a zero or negative duration, thresholds out of order, or a policy changed meanwhile.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void update(
            long id, long expectedVersion, SlaUnit unit, Integer duration, Integer warnPercent, Integer riskPercent) {
        if (unit == null) {
            throw UserFacingException.onField("unit", "sla.policy.unit.required");
        }
        if (duration == null || duration <= 0) {
            throw UserFacingException.onField("duration", "sla.policy.duration.positive");
        }
        int max = unit == SlaUnit.BUSINESS_DAYS ? SlaPolicy.MAX_DAYS : SlaPolicy.MAX_HOURS;
        if (duration > max) {
            throw UserFacingException.onField("duration", "sla.policy.duration.max", max);
        }
        if (warnPercent == null || riskPercent == null || warnPercent < 1 || riskPercent > 99) {
            throw UserFacingException.onField("warn", "sla.policy.threshold.range");
        }
        if (warnPercent >= riskPercent) {
            throw UserFacingException.onField("warn", "sla.policy.threshold.order");
        }
        SlaPolicy policy = policies.findById(id).orElseThrow(() -> UserFacingException.notFound("sla.policy.notFound"));
        if (policy.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("sla.policy.changed");
        }
        String before =
                describe(policy.getUnit(), policy.getDuration(), policy.getWarnPercent(), policy.getRiskPercent());
        policy.change(unit, duration, warnPercent, riskPercent, currentUser.username(), clock.instant());
        String after = describe(unit, duration, warnPercent, riskPercent);
        if (!before.equals(after)) {
            audit.record(
                    AuditKind.SLA_POLICY,
                    id,
                    null,
                    "changed",
                    AuditLog.ja("stage." + policy.getStage()) + " / "
                            + (policy.getCategory() == null
                                    ? AuditLog.ja("sla.policy.allCategories")
                                    : AuditLog.ja("category." + policy.getCategory()))
                            + " / " + AuditLog.ja("deal.priority." + policy.getPriority())
                            + ": " + before + " → " + after);
        }
    }

    private static String describe(SlaUnit unit, int duration, int warn, int risk) {
        return AuditLog.ja("sla.unit.amount." + unit, duration) + " (" + warn + "% / " + risk + "%)";
    }

    /** Parses a stage name from outside (an import, the API): an unknown one is refused by name. */
    public static DealStage stage(String name) {
        try {
            return DealStage.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserFacingException("sla.policy.unknownStage", String.valueOf(name));
        }
    }

    /** The policy for work of this category at this stage: the category's own, else the stage's general one. */
    @Transactional(readOnly = true)
    /**
     * The policy for a hand-off: of the deal's priority if there is one (else the normal one), for its kind of work if
     * there is one (else for every kind).
     */
    SlaPolicy policyFor(DealStage stage, WorkCategory category, DealPriority priority) {
        List<SlaPolicy> candidates = policies.findByStage(stage);
        for (DealPriority p : priority == DealPriority.URGENT
                ? List.of(DealPriority.URGENT, DealPriority.NORMAL)
                : List.of(DealPriority.NORMAL)) {
            Optional<SlaPolicy> found = candidates.stream()
                    .filter(c -> c.getPriority() == p && c.getCategory() == category)
                    .findFirst()
                    .or(() -> candidates.stream()
                            .filter(c -> c.getPriority() == p && c.getCategory() == null)
                            .findFirst());
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("No SLA policy for " + stage);
    }
}
