package jp.tsunagu.trial;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.assignment.AssignedFacility;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.pipeline.CompletionGuard;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskCompleted;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Briefings and the trial: the intermediary schedules briefings with the assigned facilities (before the trial
 * and whenever the procedure changes), plans the trial's sample and records each facility's result; the
 * director evaluates. The trial task cannot be handed to the director before a briefing was held and every
 * assigned facility's result is in.
 */
@Service
public class TrialService implements CompletionGuard {

    public static final int SAMPLE_MAX = 1_000_000;
    public static final int MINUTES_MAX = 100_000;
    public static final int WORKERS_MAX = 1_000;
    public static final int PLACE_MAX = 300;
    public static final int TEXT_MAX = 1_000;
    public static final int NOTES_MAX = 2_000;
    private static final ZoneId ZONE = Application.TOKYO;

    private final TrialRepository trials;
    private final TrialResultRepository results;
    private final BriefingRepository briefings;
    private final DealService deals;
    private final AssignmentService assignments;
    private final RequirementsService requirements;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    TrialService(
            TrialRepository trials,
            TrialResultRepository results,
            BriefingRepository briefings,
            DealService deals,
            AssignmentService assignments,
            RequirementsService requirements,
            CurrentUser currentUser,
            UserDirectory users,
            Clock clock) {
        this.trials = trials;
        this.results = results;
        this.briefings = briefings;
        this.deals = deals;
        this.assignments = assignments;
        this.requirements = requirements;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    // ---- the trial ----

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public TrialRecord of(long dealId) {
        Trial trial = trials.findFirstByDealIdOrderByRoundDesc(dealId).orElse(null);
        RequirementsForm sheet = requirements.of(dealId).form();
        BigDecimal standard = sheet.getAcceptedErrorRate();
        BigDecimal unitPrice = sheet.getPricingBasis() == PricingBasis.PER_PIECE ? sheet.getUnitPrice() : null;
        Map<Long, TrialResult> byFacility = trial == null
                ? Map.of()
                : results.findByTrialId(trial.getId()).stream()
                        .collect(Collectors.toMap(TrialResult::getFacilityId, Function.identity()));
        List<TrialRecord.Result> rows = assignments.of(dealId).stream()
                .map(a -> {
                    TrialResult r = byFacility.get(a.facilityId());
                    return r == null
                            ? new TrialRecord.Result(
                                    a.facilityId(),
                                    a.facilityName(),
                                    false,
                                    0,
                                    0,
                                    0,
                                    0,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)
                            : result(a, r, standard, unitPrice);
                })
                .toList();
        if (trial == null) {
            return new TrialRecord(dealId, null, 0, 0, null, null, null, null, null, null, standard, unitPrice, rows);
        }
        return new TrialRecord(
                dealId,
                trial.getId(),
                trial.getVersion(),
                trial.getRound(),
                trial.getSampleQuantity(),
                trial.getDueOn(),
                trial.getInstructions(),
                trial.getEvaluation(),
                trial.getEvaluatedBy() == null ? null : users.displayName(trial.getEvaluatedBy()),
                trial.getEvaluatedAt(),
                standard,
                unitPrice,
                rows);
    }

    /**
     * Plans the trial (or its next round, after the requirements were adjusted). Refused without a sample, with an
     * absurd one, outside the trial stage, or when someone changed the plan meanwhile.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY})
    @Transactional
    public void plan(long dealId, long expectedVersion, TrialForm form) {
        DealDetails deal = deals.open(dealId);
        if (deal.stage() != DealStage.TRIAL) {
            throw new UserFacingException("trial.stage");
        }
        if (form.sampleQuantity() == null || form.sampleQuantity() <= 0 || form.sampleQuantity() > SAMPLE_MAX) {
            throw UserFacingException.onField("sample", "trial.sample.range", SAMPLE_MAX);
        }
        checkLength("instructions", form.instructions(), NOTES_MAX, "briefing.text.size");
        Trial trial = trials.findFirstByDealIdOrderByRoundDesc(dealId).orElse(null);
        if (trial == null || trial.getEvaluation() != null) {
            trial = new Trial(dealId, trial == null ? 1 : trial.getRound() + 1);
        } else if (trial.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("trial.changed");
        }
        trial.update(form, currentUser.username(), clock.instant());
        trials.save(trial);
    }

    /**
     * Records one facility's result on the sample. Refused, with nothing saved, before the trial is planned, for a
     * facility not assigned, with more pieces than the sample, more errors than pieces, or no time or workers, and when
     * someone recorded this facility's result since it was read ({@code expectedVersion}: null when there was none).
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY})
    @Transactional
    public void recordResult(long dealId, long facilityId, Long expectedVersion, ResultForm form) {
        DealDetails deal = deals.open(dealId);
        if (deal.stage() != DealStage.TRIAL) {
            throw new UserFacingException("trial.stage");
        }
        Trial trial = trials.findFirstByDealIdOrderByRoundDesc(dealId)
                .filter(t -> t.getEvaluation() == null)
                .orElseThrow(() -> new UserFacingException("trial.notPlanned"));
        if (assignments.of(dealId).stream().noneMatch(a -> a.facilityId() == facilityId)) {
            throw new UserFacingException("trial.facility.notAssigned");
        }
        if (form.piecesDone() == null || form.piecesDone() < 0) {
            throw UserFacingException.onField("pieces", "trial.pieces.required");
        }
        if (form.piecesDone() > trial.getSampleQuantity()) {
            throw UserFacingException.onField(
                    "pieces", "trial.pieces.overSample", form.piecesDone(), trial.getSampleQuantity());
        }
        if (form.minutesTaken() == null || form.minutesTaken() <= 0 || form.minutesTaken() > MINUTES_MAX) {
            throw UserFacingException.onField("minutes", "trial.minutes.range", MINUTES_MAX);
        }
        if (form.workers() == null || form.workers() <= 0 || form.workers() > WORKERS_MAX) {
            throw UserFacingException.onField("workers", "trial.workers.range", WORKERS_MAX);
        }
        if (form.errors() == null || form.errors() < 0) {
            throw UserFacingException.onField("errors", "trial.errors.required");
        }
        if (form.errors() > form.piecesDone()) {
            throw UserFacingException.onField("errors", "trial.errors.overPieces", form.errors(), form.piecesDone());
        }
        checkLength("note", form.note(), TEXT_MAX, "briefing.text.size");
        TrialResult existing =
                results.findByTrialIdAndFacilityId(trial.getId(), facilityId).orElse(null);
        if (existing == null
                ? expectedVersion != null
                : expectedVersion == null || existing.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("trial.result.changed");
        }
        TrialResult result = existing == null ? new TrialResult(trial.getId(), facilityId) : existing;
        result.record(form, currentUser.username(), clock.instant());
        results.save(result);
    }

    /** The trial goes to the director only once a briefing was held and every facility's result is in. */
    @Override
    public void check(long dealId, PipelineTask task, Outcome outcome) {
        if (task != PipelineTask.RUN_TRIAL || outcome != Outcome.TRIAL_DONE) {
            return;
        }
        if (!briefings.existsByDealIdAndHeldAtLessThanEqual(dealId, clock.instant())) {
            throw new UserFacingException("trial.briefing.missing");
        }
        Trial trial = trials.findFirstByDealIdOrderByRoundDesc(dealId)
                .filter(t -> t.getEvaluation() == null)
                .orElseThrow(() -> new UserFacingException("trial.notPlanned"));
        Set<Long> recorded = results.findByTrialId(trial.getId()).stream()
                .map(TrialResult::getFacilityId)
                .collect(Collectors.toSet());
        long missing = assignments.of(dealId).stream()
                .filter(a -> !recorded.contains(a.facilityId()))
                .count();
        if (missing > 0) {
            throw new UserFacingException("trial.results.missing", missing);
        }
    }

    /** The director's evaluation is kept on the round it judged. */
    @EventListener
    public void onCompleted(TaskCompleted event) {
        if (event.task() != PipelineTask.EVALUATE_TRIAL) {
            return;
        }
        trials.findFirstByDealIdOrderByRoundDesc(event.dealId())
                .filter(t -> t.getEvaluation() == null)
                .ifPresent(t -> t.evaluated(event.outcome(), event.actor(), clock.instant()));
    }

    private TrialRecord.Result result(AssignedFacility a, TrialResult r, BigDecimal standard, BigDecimal unitPrice) {
        BigDecimal rate = r.getPiecesDone() == 0
                ? null
                : BigDecimal.valueOf(r.getErrors() * 100L)
                        .divide(BigDecimal.valueOf(r.getPiecesDone()), 2, RoundingMode.HALF_UP);
        BigDecimal perWorkerHour = BigDecimal.valueOf(r.getPiecesDone() * 60L)
                .divide(BigDecimal.valueOf((long) r.getMinutesTaken() * r.getWorkers()), 6, RoundingMode.HALF_UP);
        BigDecimal sales =
                unitPrice == null ? null : unitPrice.multiply(perWorkerHour).setScale(0, RoundingMode.HALF_UP);
        Boolean within = rate == null || standard == null ? null : rate.compareTo(standard) <= 0;
        return new TrialRecord.Result(
                a.facilityId(),
                a.facilityName(),
                true,
                r.getPiecesDone(),
                r.getMinutesTaken(),
                r.getWorkers(),
                r.getErrors(),
                r.getNote(),
                rate,
                perWorkerHour.setScale(1, RoundingMode.HALF_UP),
                sales,
                within,
                r.getVersion());
    }

    static void checkLength(String field, String text, int max, String key) {
        if (text != null && text.strip().length() > max) {
            throw UserFacingException.onField(field, key, max);
        }
    }
}
