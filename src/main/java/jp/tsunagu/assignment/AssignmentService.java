package jp.tsunagu.assignment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.CompletionGuard;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms which facilities take a deal's work and how it is split, and with that completes the deal's
 * assignment task: the assignments, the hand-off to the trial and the stopped SLA clock commit together.
 * Also the rule that an assignment task cannot be completed without it.
 */
@Service
public class AssignmentService implements CompletionGuard {

    private final AssignmentRepository assignments;
    private final Matching matching;
    private final FacilityService facilities;
    private final DealService deals;
    private final TaskInboxService inbox;
    private final CurrentUser currentUser;
    private final OfferService offers;
    private final OfferLifecycle lifecycle;
    private final Clock clock;
    private final AuditLog audit;

    AssignmentService(
            AssignmentRepository assignments,
            Matching matching,
            FacilityService facilities,
            DealService deals,
            TaskInboxService inbox,
            CurrentUser currentUser,
            OfferService offers,
            OfferLifecycle lifecycle,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.assignments = assignments;
        this.matching = matching;
        this.facilities = facilities;
        this.deals = deals;
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.offers = offers;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /**
     * Confirms the split and moves the deal on to the trial. Refused, with nothing saved, when the shares
     * do not add up to the job's quantity, a share is empty, the period runs backwards, a facility does
     * not take this kind of work, the same facility appears twice, or the deal was confirmed already.
     */
    @RolesAllowed(AppRoles.INTERMEDIARY)
    @Transactional
    public void confirm(long dealId, List<Split> splits, Integer totalQuantity, LocalDate start, LocalDate end) {
        DealDetails deal =
                deals.details(dealId).orElseThrow(() -> UserFacingException.notFound("deal.notFound", dealId));
        if (deal.status() != DealStatus.OPEN || deal.stage() != DealStage.ASSIGNMENT) {
            throw new UserFacingException("assignment.notAtAssignment");
        }
        if (assignments.existsByDealId(dealId)) {
            throw new UserFacingException("assignment.alreadyConfirmed");
        }
        if (splits == null || splits.isEmpty()) {
            throw new UserFacingException("assignment.noFacility");
        }
        if (totalQuantity == null || totalQuantity <= 0) {
            throw UserFacingException.onField("quantity", "assignment.quantity.positive");
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw UserFacingException.onField(start == null ? "start" : "end", "assignment.period.order");
        }
        // Once offers went out, the work goes to facilities that said yes; without offers (agreed by phone),
        // to any facility that takes this kind of work.
        Set<Long> yes = offers.anyFor(dealId) ? offers.saidYes(dealId) : null;
        Set<Long> seen = new HashSet<>();
        int sum = 0;
        Set<Long> able = matching.takingWork(
                deal.category(), splits.stream().map(Split::facilityId).toList());
        for (Split s : splits) {
            if (!seen.add(s.facilityId())) {
                throw new UserFacingException("assignment.facility.twice");
            }
            if (s.quantity() == null || s.quantity() <= 0 || s.hoursPerMonth() == null || s.hoursPerMonth() <= 0) {
                throw UserFacingException.onField("share." + s.facilityId(), "assignment.share.positive");
            }
            if (!able.contains(s.facilityId())) {
                String name =
                        facilities.find(s.facilityId()).map(f -> f.getName()).orElse("?");
                throw new UserFacingException("assignment.facility.category", name);
            }
            if (yes != null && !yes.contains(s.facilityId())) {
                String name =
                        facilities.find(s.facilityId()).map(f -> f.getName()).orElse("?");
                throw new UserFacingException("assignment.offer.notAccepted", name);
            }
            sum += s.quantity();
        }
        if (sum != totalQuantity) {
            throw UserFacingException.onField("quantity", "assignment.split.sum", sum, totalQuantity);
        }
        String me = currentUser.username();
        splits.forEach(s -> assignments.save(new Assignment(
                dealId, s.facilityId(), s.quantity(), s.hoursPerMonth(), start, end, me, clock.instant())));
        audit.record(
                AuditKind.ASSIGNMENT,
                dealId,
                dealId,
                "confirmed",
                splits.stream()
                                .map(s -> facilities
                                                .find(s.facilityId())
                                                .map(f -> f.getName())
                                                .orElse("?") + " " + s.quantity() + " (" + s.hoursPerMonth() + "h/月)")
                                .collect(Collectors.joining("、"))
                        + " / " + start.toString().replace('-', '/') + "〜"
                        + end.toString().replace('-', '/'));
        InboxTask task = inbox.openTasksOf(dealId).stream()
                .filter(t -> t.task() == PipelineTask.ASSIGN_FACILITIES)
                .findFirst()
                .orElseThrow(() -> UserFacingException.notFound("task.gone"));
        inbox.complete(task.taskId(), Completion.of(Outcome.ASSIGNED, deal.version()));
        lifecycle.withdrawOpen(dealId);
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<AssignedFacility> of(long dealId) {
        return assignments.findByDealIdOrderById(dealId).stream()
                .map(a -> new AssignedFacility(
                        a.getFacilityId(),
                        facilities.find(a.getFacilityId()).map(f -> f.getName()).orElse("?"),
                        a.getQuantity(),
                        a.getHoursPerMonth(),
                        a.getStartOn(),
                        a.getEndOn(),
                        a.getConfirmedBy()))
                .toList();
    }

    /** The work confirmed for the current facility user's own facility. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public List<Job> mine() {
        // A facility login not yet linked to a facility has no jobs to show.
        if (currentUser.facilityId().isEmpty()) {
            return List.of();
        }
        return assignments
                .findByFacilityIdOrderByIdDesc(currentUser.facilityId().get())
                .stream()
                .map(a -> new Job(
                        a.getDealId(),
                        deals.titleOf(a.getDealId()),
                        a.getQuantity(),
                        a.getHoursPerMonth(),
                        a.getStartOn(),
                        a.getEndOn(),
                        deals.statusOf(a.getDealId()),
                        deals.stageOf(a.getDealId())))
                .sorted(Comparator.comparing((Job j) -> !j.current()))
                .toList();
    }

    @Override
    public void check(long dealId, PipelineTask task, Outcome outcome) {
        if (task == PipelineTask.ASSIGN_FACILITIES
                && outcome == Outcome.ASSIGNED
                && !assignments.existsByDealId(dealId)) {
            throw new UserFacingException("assignment.confirmFirst");
        }
    }
}
