package jp.tsunagu.crm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealProgress;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealSummary;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The activity log that keeps deals warm: every contact with a customer, and the next action it promises.
 * A next action on a deal becomes the deal's next contact date, and the deal's nurturing reminder moves to it.
 */
@Service
@Validated
public class ActivityService {

    /** The log shows the latest this many; older ones are history nobody scrolls to. */
    static final int SHOWN = 200;

    private final ActivityRepository activities;
    private final CustomerService customers;
    private final DealService deals;
    private final DealProgress progress;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActivityService(
            ActivityRepository activities,
            CustomerService customers,
            DealService deals,
            DealProgress progress,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock) {
        this.activities = activities;
        this.customers = customers;
        this.deals = deals;
        this.progress = progress;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Logs an activity on a customer, and on one of its deals when {@code dealId} is given. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional
    public long log(long customerId, Long dealId, @Valid ActivityForm form) {
        customers.find(customerId).orElseThrow(() -> UserFacingException.notFound("customer.notFound"));
        if (dealId != null) {
            DealDetails deal =
                    deals.details(dealId).orElseThrow(() -> UserFacingException.notFound("deal.notFound", dealId));
            if (deal.customerId() != customerId) {
                throw new UserFacingException("activity.dealOfOtherCustomer");
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getOccurredOn().isAfter(today)) {
            throw UserFacingException.onField("occurredOn", "activity.date.future");
        }
        boolean hasAction =
                form.getNextAction() != null && !form.getNextAction().isBlank();
        if (hasAction != (form.getNextActionOn() != null)) {
            throw hasAction
                    ? UserFacingException.onField("nextActionOn", "activity.nextActionOn.required")
                    : UserFacingException.onField("nextAction", "activity.nextAction.required");
        }
        if (form.getNextActionOn() != null && form.getNextActionOn().isBefore(today)) {
            throw UserFacingException.onField("nextActionOn", "activity.nextActionOn.past");
        }
        Activity saved =
                activities.save(new Activity(customerId, dealId, form, currentUser.username(), clock.instant()));
        if (dealId != null && form.getNextActionOn() != null) {
            progress.planNextContact(dealId, form.getNextActionOn());
        }
        return saved.getId();
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<ActivityRow> ofDeal(long dealId) {
        return rows(activities.findByDealIdOrderByOccurredOnDescIdDesc(dealId, PageRequest.of(0, SHOWN)));
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<ActivityRow> ofCustomer(long customerId) {
        return rows(activities.findByCustomerIdOrderByOccurredOnDescIdDesc(customerId, PageRequest.of(0, SHOWN)));
    }

    private List<ActivityRow> rows(List<Activity> list) {
        Map<String, String> names = users.displayNames(
                list.stream().map(Activity::getActor).distinct().toList());
        // One look-up for the titles of all deals in the page, not one per activity.
        Map<Long, DealSummary> summaries = deals.summaries(
                list.stream().map(Activity::getDealId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream()
                .map(a -> new ActivityRow(
                        a.getId(),
                        a.getDealId(),
                        a.getDealId() == null || !summaries.containsKey(a.getDealId())
                                ? null
                                : summaries.get(a.getDealId()).title(),
                        a.getKind(),
                        a.getOccurredOn(),
                        names.getOrDefault(a.getActor(), a.getActor()),
                        a.getSummary(),
                        a.getNextAction(),
                        a.getNextActionOn()))
                .toList();
    }
}
