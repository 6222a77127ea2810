package jp.tsunagu.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.Application;
import jp.tsunagu.customer.CustomerOption;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.NurtureTimer;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.CalendarService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo office: users for every role, customers, facilities, and deals standing in every stage.
 * Deals are driven through the real services as the real users, with the engine's clock set back, so
 * waiting times, hand-off records and overdue tasks are what the pipeline itself produced.
 */
@Component
class DemoScenario {

    /** The real time: the demo travels the engine's clock, and this is where it returns to. */
    private static final Clock WALL = Clock.system(Application.TOKYO);

    static final String PASSWORD = "demo1234";

    /** A deal to create {@code daysAgo} days ago and the decisions taken on it, one every {@code stepHours}. */
    record Story(
            String title,
            int customer,
            WorkCategory category,
            long amount,
            OrderType type,
            String director,
            int daysAgo,
            int stepHours,
            List<Outcome> steps,
            String claimBy) {}

    /** A story whose last task arrived so long ago, in business time, that it is at risk now. */
    static final int AT_RISK_NOW = -1;

    /** Deals that wait, or waited, for the customer at the assignment stage. */
    private static final String WAITING_NOW = "販促物の封入・発送";

    private static final String WAITED = "顧客台帳のクレンジング";
    /** The recurring deal whose monthly cycle runs, with two facilities, a failed batch and its rework. */
    static final String CYCLE = "配送伝票の入力";
    /** A delivery that came short, and one that came late. */
    private static final String SHORT = "紙資料のスキャンとファイル名付け";

    private static final String LATE = "会議音声の文字起こし";

    private static final ZoneId ZONE = Application.TOKYO;
    private static final String I1 = "suzuki";
    private static final String I2 = "ito";

    private final UserDirectory users;
    private final CustomerService customers;
    private final DealService deals;
    private final TaskInboxService inbox;
    private final DemoHistory history;
    private final CalendarService calendars;
    private final DemoFacilities demoFacilities;
    private final DemoCrm crm;
    private final DemoStoryNotes storyNotes;
    private final NurtureTimer nurture;
    private final DemoDelivery delivery;
    private final DemoKpi kpi;
    private final DemoTiers tiers;

    DemoScenario(
            UserDirectory users,
            CustomerService customers,
            DealService deals,
            TaskInboxService inbox,
            DemoHistory history,
            CalendarService calendars,
            DemoFacilities demoFacilities,
            DemoCrm crm,
            DemoStoryNotes storyNotes,
            NurtureTimer nurture,
            DemoDelivery delivery,
            DemoKpi kpi,
            DemoTiers tiers) {
        this.tiers = tiers;
        this.delivery = delivery;
        this.kpi = kpi;
        this.crm = crm;
        this.storyNotes = storyNotes;
        this.nurture = nurture;
        this.users = users;
        this.customers = customers;
        this.deals = deals;
        this.inbox = inbox;
        this.history = history;
        this.calendars = calendars;
        this.demoFacilities = demoFacilities;
    }

    void load() {
        DemoStories.USERS.forEach(u -> users.create(u.username(), PASSWORD, u.displayName(), u.role()));
        DemoStories.USERS.forEach(u -> users.setEmail(u.username(), u.username() + "@example.jp"));
        DemoStories.CUSTOMERS.forEach(c -> customers.create(c.name(), c.industry(), c.prefecture(), c.phone()));
        demoFacilities.register();
        demoFacilities.linkStaff(users);

        List<CustomerOption> cs = customers.all();
        Map<String, Long> byName = new HashMap<>();
        cs.forEach(c -> byName.put(c.name(), c.id()));
        crm.minimumWage();
        crm.enrichCustomers(byName);
        List<Long> ids =
                DemoStories.CUSTOMERS.stream().map(c -> byName.get(c.name())).toList();

        List<Story> stories = DemoStories.all();
        try {
            history.play(ids);
            for (Story story : stories) {
                play(story, ids.get(story.customer()));
            }
            DemoClock.travelTo(WALL.instant(), WALL.instant());
            delivery.wages(WALL.instant());
            kpi.load(WALL.instant());
            tiers.load();
        } finally {
            ClockUtil.reset();
            SecurityContextHolder.clearContext();
        }
    }

    private void play(Story story, long customerId) {
        Instant realNow = WALL.instant();
        Instant at = story.daysAgo() == AT_RISK_NOW
                ? atRiskStart(story, realNow)
                : LocalDate.now(ZONE)
                        .minusDays(story.daysAgo())
                        .atTime(LocalTime.of(9, 30))
                        .atZone(ZONE)
                        .toInstant();
        DemoClock.travelTo(at, realNow);
        DemoClock.actAs(story.director(), AppRoles.DIRECTOR);
        NewDeal form = new NewDeal();
        form.setCustomerId(customerId);
        form.setTitle(story.title());
        form.setCategory(story.category());
        form.setOrderType(story.type());
        form.setMonthlyAmount(story.amount());
        long dealId = deals.create(form);

        for (Outcome outcome : story.steps()) {
            at = story.daysAgo() == AT_RISK_NOW
                    ? at.plus(Duration.ofHours(story.stepHours()))
                    : DemoClock.duringOfficeHours(at.plus(Duration.ofHours(story.stepHours())));
            DemoClock.travelTo(at, realNow);
            if (inboxEmpty(dealId, story.director())) {
                // Waiting in nurturing for the next contact: the director takes it up again.
                DemoClock.actAs(story.director(), AppRoles.DIRECTOR);
                nurture.resumeNow(dealId);
            }
            InboxTask task = openTask(dealId, story.director());
            boolean intermediary = task.stage().party() == Party.INTERMEDIARY;
            if (intermediary) {
                DemoClock.actAs(story.title().length() % 2 == 0 ? I1 : I2, AppRoles.INTERMEDIARY);
            } else {
                DemoClock.actAs(story.director(), AppRoles.DIRECTOR);
            }
            long version = deals.details(dealId).orElseThrow().version();
            Completion completion =
                    switch (outcome) {
                        case LOST -> new Completion(
                                outcome,
                                intermediary ? LostReasonOption.CAPACITY : LostReasonOption.PRICE,
                                intermediary ? "対応できる事業所が見つからなかった" : "予算が合わなかった",
                                null,
                                version);
                        case NURTURE -> new Completion(
                                outcome,
                                null,
                                null,
                                LocalDate.ofInstant(at, ZONE).plusDays(14),
                                version);
                        default -> Completion.of(outcome, version);
                    };
            switch (outcome) {
                case ASSIGNED -> demoFacilities.assign(dealId, story.category(), at);
                case DELIVERED -> delivery.deliverAll(dealId, story.title().equals(SHORT) ? 20 : 0);
                case ACCEPTED -> delivery.inspectAll(dealId, false, story.director());
                case REWORK -> delivery.inspectAll(dealId, true, story.director());
                case REDELIVERED -> delivery.reworkAll(dealId);
                case TRIAL_DONE, PASSED -> {
                    if (outcome == Outcome.TRIAL_DONE) {
                        delivery.trial(dealId, at);
                    } else {
                        delivery.plan(
                                dealId,
                                at,
                                story.title().equals(CYCLE),
                                new BigDecimal("45"),
                                story.title().equals(LATE) ? 1 : 10);
                    }
                    DemoClock.actAs(
                            intermediary ? (story.title().length() % 2 == 0 ? I1 : I2) : story.director(),
                            intermediary ? AppRoles.INTERMEDIARY : AppRoles.DIRECTOR);
                    inbox.complete(
                            task.taskId(),
                            Completion.of(
                                    outcome, deals.details(dealId).orElseThrow().version()));
                }
                default -> inbox.complete(task.taskId(), completion);
            }
        }
        storyNotes.afterStory(story.title(), dealId, story.director(), at, realNow);
        if (story.title().equals(WAITED)) {
            demoFacilities.offerToStaffFacilities(dealId);
        }
        if (story.title().equals(WAITING_NOW) || story.title().equals(WAITED)) {
            // The intermediary's question goes to the customer: the deal's clocks pause until the answer.
            at = DemoClock.duringOfficeHours(at.plus(Duration.ofHours(18)));
            if (story.title().equals(WAITING_NOW)) {
                crm.customerQuestion(dealId, story.director(), "封入物のサイズと1通あたりの枚数は確定していますか？", null, at, realNow);
            } else {
                crm.customerQuestion(
                        dealId,
                        story.director(),
                        "データの受け渡し方法（共有フォルダかリモート接続か）を教えてください",
                        "顧客のサーバーにリモートデスクトップで接続して作業します。接続用アカウントは事業所ごとに発行されます。",
                        at,
                        realNow);
                at = DemoClock.duringOfficeHours(at.plus(Duration.ofHours(50)));
            }
        }
        if (story.claimBy() != null) {
            DemoClock.travelTo(at.plus(Duration.ofHours(3)), realNow);
            String role = story.claimBy().equals(I1) || story.claimBy().equals(I2)
                    ? AppRoles.INTERMEDIARY
                    : AppRoles.DIRECTOR;
            DemoClock.actAs(story.claimBy(), role);
            inbox.openTasksOf(dealId).stream().findFirst().ifPresent(t -> inbox.claim(t.taskId()));
        }
    }

    private boolean inboxEmpty(long dealId, String director) {
        DemoClock.actAs(director, AppRoles.DIRECTOR, AppRoles.INTERMEDIARY);
        return inbox.openTasksOf(dealId).isEmpty();
    }

    private InboxTask openTask(long dealId, String director) {
        DemoClock.actAs(director, AppRoles.DIRECTOR, AppRoles.INTERMEDIARY);
        return inbox.openTasksOf(dealId).stream().findFirst().orElseThrow();
    }

    /**
     * When to open the deal so that its last step's task has used about 88% of its SLA now, whatever the
     * day of the week: walks back hour by hour in the receiving organisation's business time.
     */
    private Instant atRiskStart(Story story, Instant now) {
        boolean assignment = story.steps().size() == 3;
        var time = calendars.workingTime(assignment ? Party.INTERMEDIARY : Party.COMPANY);
        long target = (assignment ? 3L : 5L) * time.minutesPerDay();
        Instant arrival = now;
        while (time.minutesBetween(arrival, now) < target * 88 / 100) {
            arrival = arrival.minus(Duration.ofHours(1));
        }
        return arrival.minus(
                Duration.ofHours((long) story.stepHours() * story.steps().size()));
    }
}
