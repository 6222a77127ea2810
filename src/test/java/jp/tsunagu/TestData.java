package jp.tsunagu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.assignment.Split;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.delivery.DeliveryPlanService;
import jp.tsunagu.delivery.DeliveryService;
import jp.tsunagu.delivery.PlanForm;
import jp.tsunagu.facility.FacilityForm;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.FacilityType;
import jp.tsunagu.facility.SurveyForm;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.trial.BriefingForm;
import jp.tsunagu.trial.BriefingKind;
import jp.tsunagu.trial.BriefingService;
import jp.tsunagu.trial.ResultForm;
import jp.tsunagu.trial.TrialForm;
import jp.tsunagu.trial.TrialService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Data a test makes for itself. Names are unique per call, so tests sharing one database (and a CI
 * database that outlives the run) never see each other's deals.
 */
@Component
public class TestData {

    private final CustomerService customers;
    private final DealService deals;
    private final FacilityService facilities;
    private final AssignmentService assignments;
    private final TaskInboxService inbox;

    private final ObjectProvider<TrialService> trials;
    private final ObjectProvider<BriefingService> briefings;
    private final ObjectProvider<DeliveryPlanService> deliveries;
    private final ObjectProvider<DeliveryService> batches;

    TestData(
            CustomerService customers,
            DealService deals,
            FacilityService facilities,
            AssignmentService assignments,
            TaskInboxService inbox,
            ObjectProvider<TrialService> trials,
            ObjectProvider<BriefingService> briefings,
            ObjectProvider<DeliveryPlanService> deliveries,
            ObjectProvider<DeliveryService> batches) {
        this.batches = batches;
        this.trials = trials;
        this.briefings = briefings;
        this.deliveries = deliveries;
        this.customers = customers;
        this.deals = deals;
        this.facilities = facilities;
        this.assignments = assignments;
        this.inbox = inbox;
    }

    /**
     * A new deal of the current user (a director), moved through lead, requirements and hand-over: it
     * waits at the facility assignment.
     */
    public long dealAtAssignment(String title, WorkCategory category) {
        long dealId = deal(title, category);
        for (var outcome : List.of(Outcome.READY, Outcome.DONE, Outcome.HANDED_OVER)) {
            inbox.complete(inbox.openTasksOf(dealId).get(0).taskId(), Completion.of(outcome, dealVersion(dealId)));
        }
        return dealId;
    }

    /** A facility that takes every kind of work, with plenty of capacity, registered by intermediary staff. */
    public long facility(String municipality) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        try {
            actAs("test-staff", AppRoles.INTERMEDIARY);
            FacilityForm form = new FacilityForm();
            form.setName(unique("テスト作業所"));
            form.setType(FacilityType.B);
            form.setMunicipality(municipality);
            long id = facilities.register(form).getId();
            SurveyForm survey = new SurveyForm();
            survey.setAcceptsPc(true);
            survey.setAcceptsLight(true);
            survey.setAcceptsOffsite(true);
            survey.setPcWorkers(5);
            survey.setLightWorkers(5);
            survey.setMonthlyCapacityHours(100_000);
            survey.setEarliestStart(LocalDate.of(2020, 1, 1));
            facilities.answerSurvey(id, survey);
            return id;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
    }

    /** Confirms the deal's work to a fresh test facility as {@code staff}: completes the assignment task. */
    public void assign(long dealId, String staff) {
        long facility = facility("静岡市");
        actAs(staff, AppRoles.INTERMEDIARY);
        LocalDate start = LocalDate.now();
        assignments.confirm(dealId, List.of(new Split(facility, 10, 20)), 10, start, start.plusMonths(1));
    }

    /**
     * A new deal taken through assignment (to this facility alone), trial and plan to its delivery: one batch of 100
     * pieces open for the facility, due in five days. Returns the batch's id; logs out.
     */
    public long openBatch(long facilityId) {
        String director = unique("dir");
        String staff = unique("staff");
        actAs(director, AppRoles.DIRECTOR);
        long dealId = dealAtAssignment(unique("納品待ち案件"), WorkCategory.PC);
        actAs(staff, AppRoles.INTERMEDIARY);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assignments.confirm(dealId, List.of(new Split(facilityId, 100, 40)), 100, today, today.plusMonths(1));
        TrialService trial = trials.getObject();
        briefings
                .getObject()
                .addBriefing(
                        dealId,
                        new BriefingForm(
                                BriefingKind.TRIAL,
                                today.minusDays(1),
                                LocalTime.of(10, 0),
                                true,
                                "https://meet.example.jp/t",
                                Set.of(facilityId),
                                null,
                                null,
                                null));
        trial.plan(dealId, 0, new TrialForm(10, null, null));
        trial.recordResult(dealId, facilityId, null, new ResultForm(10, 30, 1, 0, null));
        inbox.complete(
                inbox.openTasksOf(dealId).get(0).taskId(), Completion.of(Outcome.TRIAL_DONE, dealVersion(dealId)));
        DeliveryPlanService delivery = deliveries.getObject();
        delivery.savePlan(
                dealId,
                0,
                new PlanForm(
                        new BigDecimal("20"),
                        PricingBasis.PER_PIECE,
                        new BigDecimal("2"),
                        false,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(new PlanForm.Batch(facilityId, today.plusDays(5), 100)),
                        List.of()));
        actAs(director, AppRoles.DIRECTOR);
        inbox.complete(inbox.openTasksOf(dealId).get(0).taskId(), Completion.of(Outcome.PASSED, dealVersion(dealId)));
        long batch = batches.getObject().batches(dealId).get(0).id();
        logout();
        return batch;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Logs in (for services) as the user with the roles. */
    public static void actAs(String username, String... roles) {
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a", authorities));
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    public long customer() {
        return customers.create(unique("テスト顧客"), "製造業", "静岡県", "054-000-0000").getId();
    }

    /** The deal's current version, as a form that shows it would hold it. */
    public long dealVersion(long dealId) {
        return deals.details(dealId).orElseThrow().version();
    }

    /** A new deal created by the current user (who must be a director). */
    public long deal(String title, WorkCategory category) {
        NewDeal form = new NewDeal();
        form.setCustomerId(customer());
        form.setTitle(title);
        form.setCategory(category);
        form.setOrderType(OrderType.RECURRING);
        form.setMonthlyAmount(120_000L);
        return deals.create(form);
    }
}
