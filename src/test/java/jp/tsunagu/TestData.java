package jp.tsunagu;

import java.util.Arrays;
import java.util.UUID;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.delivery.DeliveryPlanService;
import jp.tsunagu.delivery.DeliveryService;
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
    private final jp.tsunagu.facility.FacilityService facilities;
    private final jp.tsunagu.assignment.AssignmentService assignments;
    private final jp.tsunagu.pipeline.TaskInboxService inbox;

    private final org.springframework.beans.factory.ObjectProvider<jp.tsunagu.trial.TrialService> trials;
    private final ObjectProvider<jp.tsunagu.trial.BriefingService> briefings;
    private final ObjectProvider<DeliveryPlanService> deliveries;
    private final ObjectProvider<DeliveryService> batches;

    TestData(
            CustomerService customers,
            DealService deals,
            jp.tsunagu.facility.FacilityService facilities,
            jp.tsunagu.assignment.AssignmentService assignments,
            jp.tsunagu.pipeline.TaskInboxService inbox,
            org.springframework.beans.factory.ObjectProvider<jp.tsunagu.trial.TrialService> trials,
            ObjectProvider<jp.tsunagu.trial.BriefingService> briefings,
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
        for (var outcome : java.util.List.of(
                jp.tsunagu.pipeline.Outcome.READY,
                jp.tsunagu.pipeline.Outcome.DONE,
                jp.tsunagu.pipeline.Outcome.HANDED_OVER)) {
            inbox.complete(
                    inbox.openTasksOf(dealId).get(0).taskId(),
                    jp.tsunagu.pipeline.Completion.of(outcome, dealVersion(dealId)));
        }
        return dealId;
    }

    /** A facility that takes every kind of work, with plenty of capacity, registered by intermediary staff. */
    public long facility(String municipality) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        try {
            actAs("test-staff", jp.tsunagu.security.AppRoles.INTERMEDIARY);
            jp.tsunagu.facility.FacilityForm form = new jp.tsunagu.facility.FacilityForm();
            form.setName(unique("テスト作業所"));
            form.setType(jp.tsunagu.facility.FacilityType.B);
            form.setMunicipality(municipality);
            long id = facilities.register(form).getId();
            jp.tsunagu.facility.SurveyForm survey = new jp.tsunagu.facility.SurveyForm();
            survey.setAcceptsPc(true);
            survey.setAcceptsLight(true);
            survey.setAcceptsOffsite(true);
            survey.setPcWorkers(5);
            survey.setLightWorkers(5);
            survey.setMonthlyCapacityHours(100_000);
            survey.setEarliestStart(java.time.LocalDate.of(2020, 1, 1));
            facilities.answerSurvey(id, survey);
            return id;
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(auth);
        }
    }

    /** Confirms the deal's work to a fresh test facility as {@code staff}: completes the assignment task. */
    public void assign(long dealId, String staff) {
        long facility = facility("静岡市");
        actAs(staff, jp.tsunagu.security.AppRoles.INTERMEDIARY);
        java.time.LocalDate start = java.time.LocalDate.now();
        assignments.confirm(
                dealId,
                java.util.List.of(new jp.tsunagu.assignment.Split(facility, 10, 20)),
                10,
                start,
                start.plusMonths(1));
    }

    /**
     * A new deal taken through assignment (to this facility alone), trial and plan to its delivery: one batch of 100
     * pieces open for the facility, due in five days. Returns the batch's id; logs out.
     */
    public long openBatch(long facilityId) {
        String director = unique("dir");
        String staff = unique("staff");
        actAs(director, jp.tsunagu.security.AppRoles.DIRECTOR);
        long dealId = dealAtAssignment(unique("納品待ち案件"), WorkCategory.PC);
        actAs(staff, jp.tsunagu.security.AppRoles.INTERMEDIARY);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        assignments.confirm(
                dealId,
                java.util.List.of(new jp.tsunagu.assignment.Split(facilityId, 100, 40)),
                100,
                today,
                today.plusMonths(1));
        jp.tsunagu.trial.TrialService trial = trials.getObject();
        briefings
                .getObject()
                .addBriefing(
                        dealId,
                        new jp.tsunagu.trial.BriefingForm(
                                jp.tsunagu.trial.BriefingKind.TRIAL,
                                today.minusDays(1),
                                java.time.LocalTime.of(10, 0),
                                true,
                                "https://meet.example.jp/t",
                                java.util.Set.of(facilityId),
                                null,
                                null,
                                null));
        trial.plan(dealId, 0, new jp.tsunagu.trial.TrialForm(10, null, null));
        trial.recordResult(dealId, facilityId, null, new jp.tsunagu.trial.ResultForm(10, 30, 1, 0, null));
        inbox.complete(
                inbox.openTasksOf(dealId).get(0).taskId(),
                jp.tsunagu.pipeline.Completion.of(jp.tsunagu.pipeline.Outcome.TRIAL_DONE, dealVersion(dealId)));
        DeliveryPlanService delivery = deliveries.getObject();
        delivery.savePlan(
                dealId,
                0,
                new jp.tsunagu.delivery.PlanForm(
                        new java.math.BigDecimal("20"),
                        jp.tsunagu.requirements.PricingBasis.PER_PIECE,
                        new java.math.BigDecimal("2"),
                        false,
                        null,
                        null,
                        null,
                        java.util.List.of(),
                        java.util.List.of(new jp.tsunagu.delivery.PlanForm.Batch(facilityId, today.plusDays(5), 100)),
                        java.util.List.of()));
        actAs(director, jp.tsunagu.security.AppRoles.DIRECTOR);
        inbox.complete(
                inbox.openTasksOf(dealId).get(0).taskId(),
                jp.tsunagu.pipeline.Completion.of(jp.tsunagu.pipeline.Outcome.PASSED, dealVersion(dealId)));
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
