package jp.tsunagu.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

    record DemoUser(String username, String displayName, String role) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("tanaka", "田中 美咲", AppRoles.DIRECTOR),
            new DemoUser("sato", "佐藤 健一", AppRoles.DIRECTOR),
            new DemoUser("suzuki", "鈴木 由美", AppRoles.INTERMEDIARY),
            new DemoUser("ito", "伊藤 大輔", AppRoles.INTERMEDIARY),
            new DemoUser("takahashi", "高橋 誠", AppRoles.SUPERVISOR),
            new DemoUser("admin", "システム管理者", AppRoles.ADMIN),
            new DemoUser("himawari", "小林 恵（ひまわり作業所）", AppRoles.FACILITY),
            new DemoUser("aoi", "中村 健（ワークセンターあおい）", AppRoles.FACILITY));

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
    private static final int AT_RISK_NOW = -1;

    /** Deals that wait, or waited, for the customer at the assignment stage. */
    private static final String WAITING_NOW = "販促物の封入・発送";

    private static final String WAITED = "顧客台帳のクレンジング";
    /** The recurring deal whose monthly cycle runs, with two facilities, a failed batch and its rework. */
    static final String CYCLE = "配送伝票の入力";
    /** A delivery that came short, and one that came late. */
    private static final String SHORT = "紙資料のスキャンとファイル名付け";

    private static final String LATE = "会議音声の文字起こし";

    private static final ZoneId ZONE = Application.TOKYO;
    private static final String D1 = "tanaka";
    private static final String D2 = "sato";
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
    private final NurtureTimer nurture;
    private final DemoDelivery delivery;
    private final DemoKpi kpi;

    DemoScenario(
            UserDirectory users,
            CustomerService customers,
            DealService deals,
            TaskInboxService inbox,
            DemoHistory history,
            CalendarService calendars,
            DemoFacilities demoFacilities,
            DemoCrm crm,
            NurtureTimer nurture,
            DemoDelivery delivery,
            DemoKpi kpi) {
        this.delivery = delivery;
        this.kpi = kpi;
        this.crm = crm;
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
        USERS.forEach(u -> users.create(u.username(), PASSWORD, u.displayName(), u.role()));
        USERS.forEach(u -> users.setEmail(u.username(), u.username() + "@example.jp"));
        customers.create("株式会社みらい商事", "卸売業", "静岡県", "054-200-1234");
        customers.create("東海ロジスティクス株式会社", "運輸業", "静岡県", "053-411-2200");
        customers.create("さくら印刷株式会社", "印刷業", "愛知県", "052-300-8811");
        customers.create("株式会社グリーンフーズ", "食品製造業", "静岡県", "054-622-7000");
        customers.create("富士データサービス株式会社", "情報サービス業", "静岡県", "055-980-1122");
        customers.create("医療法人 あおば会", "医療・福祉", "静岡県", "054-255-6600");
        customers.create("株式会社ハマナ電機", "電気機器製造業", "静岡県", "053-440-3300");
        customers.create("やまびこ不動産株式会社", "不動産業", "神奈川県", "045-620-5511");
        demoFacilities.register();
        demoFacilities.linkStaff(users);

        List<CustomerOption> cs = customers.all();
        Map<String, Long> byName = new java.util.HashMap<>();
        cs.forEach(c -> byName.put(c.name(), c.id()));
        crm.minimumWage();
        crm.enrichCustomers(byName);
        List<Long> ids = List.of(
                byName.get("株式会社みらい商事"),
                byName.get("東海ロジスティクス株式会社"),
                byName.get("さくら印刷株式会社"),
                byName.get("株式会社グリーンフーズ"),
                byName.get("富士データサービス株式会社"),
                byName.get("医療法人 あおば会"),
                byName.get("株式会社ハマナ電機"),
                byName.get("やまびこ不動産株式会社"));

        Outcome r = Outcome.READY;
        Outcome n = Outcome.NURTURE;
        Outcome d = Outcome.DONE;
        Outcome h = Outcome.HANDED_OVER;
        Outcome a = Outcome.ASSIGNED;
        Outcome t = Outcome.TRIAL_DONE;
        Outcome p = Outcome.PASSED;
        Outcome v = Outcome.DELIVERED;
        List<Story> stories = List.of(
                new Story("請求書データ入力（月次）", 0, WorkCategory.PC, 180_000, OrderType.RECURRING, D1, 0, 1, List.of(), null),
                new Story("商品画像のタグ付け", 2, WorkCategory.PC, 120_000, OrderType.ONE_OFF, D1, 20, 70, List.of(n, n), D1),
                new Story("アンケート回答の集計入力", 5, WorkCategory.PC, 60_000, OrderType.ONE_OFF, D1, 12, 20, List.of(r), D1),
                new Story("名刺のデータ化", 7, WorkCategory.PC, 90_000, OrderType.RECURRING, D2, 6, 30, List.of(r, d), null),
                new Story(
                        "顧客台帳のクレンジング",
                        4,
                        WorkCategory.PC,
                        250_000,
                        OrderType.RECURRING,
                        D1,
                        14,
                        40,
                        List.of(r, d, h),
                        I1),
                new Story(
                        "販促物の封入・発送",
                        0,
                        WorkCategory.LIGHT,
                        150_000,
                        OrderType.ONE_OFF,
                        D2,
                        5,
                        20,
                        List.of(r, d, h),
                        null),
                new Story(
                        "電子部品の検品・袋詰め",
                        6,
                        WorkCategory.LIGHT,
                        200_000,
                        OrderType.RECURRING,
                        D2,
                        30,
                        48,
                        List.of(r, d, h),
                        null),
                new Story(
                        "オフィス清掃（施設外就労）",
                        7,
                        WorkCategory.OFFSITE,
                        300_000,
                        OrderType.RECURRING,
                        D1,
                        40,
                        60,
                        List.of(r, d, h, a),
                        null),
                new Story(
                        "ECサイトの商品登録",
                        3,
                        WorkCategory.PC,
                        160_000,
                        OrderType.RECURRING,
                        D1,
                        45,
                        80,
                        List.of(r, d, h, a, t),
                        null),
                new Story(
                        "紙資料のスキャンとファイル名付け",
                        5,
                        WorkCategory.PC,
                        80_000,
                        OrderType.ONE_OFF,
                        D2,
                        35,
                        60,
                        List.of(r, d, h, a, t, p, v),
                        null),
                new Story(
                        "配送伝票の入力",
                        1,
                        WorkCategory.PC,
                        110_000,
                        OrderType.RECURRING,
                        D1,
                        50,
                        70,
                        List.of(r, d, h, a, t, p, v, Outcome.REWORK, Outcome.REDELIVERED, Outcome.ACCEPTED),
                        null),
                new Story(
                        "会議音声の文字起こし",
                        4,
                        WorkCategory.PC,
                        70_000,
                        OrderType.ONE_OFF,
                        D1,
                        60,
                        70,
                        List.of(r, d, h, a, t, p, v, Outcome.ACCEPTED),
                        null),
                new Story(
                        "ラベルのシール貼り",
                        3,
                        WorkCategory.LIGHT,
                        40_000,
                        OrderType.ONE_OFF,
                        D2,
                        25,
                        48,
                        List.of(n, Outcome.LOST),
                        null),
                new Story(
                        "小型部品の組立",
                        6,
                        WorkCategory.LIGHT,
                        95_000,
                        OrderType.RECURRING,
                        D2,
                        55,
                        90,
                        List.of(r, d, h, Outcome.LOST),
                        null),
                new Story(
                        "登録データの目視検証",
                        4,
                        WorkCategory.PC,
                        130_000,
                        OrderType.RECURRING,
                        D1,
                        30,
                        50,
                        List.of(r, d, h, a, t, Outcome.ADJUST),
                        D1),
                new Story("物件写真の加工", 7, WorkCategory.PC, 75_000, OrderType.ONE_OFF, D2, 3, 4, List.of(), null),
                new Story(
                        "アンケート用紙のデータ入力",
                        1,
                        WorkCategory.PC,
                        85_000,
                        OrderType.RECURRING,
                        D1,
                        AT_RISK_NOW,
                        1,
                        List.of(r, d, h),
                        I2),
                new Story(
                        "会員名簿の表記ゆれ修正",
                        2,
                        WorkCategory.PC,
                        65_000,
                        OrderType.ONE_OFF,
                        D2,
                        AT_RISK_NOW,
                        1,
                        List.of(r),
                        D2));
        try {
            history.play(ids);
            for (Story story : stories) {
                play(story, ids.get(story.customer()));
            }
            travelTo(WALL.instant(), WALL.instant());
            delivery.wages(WALL.instant());
            kpi.load(WALL.instant());
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
        travelTo(at, realNow);
        actAs(story.director(), AppRoles.DIRECTOR);
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
                    : duringOfficeHours(at.plus(Duration.ofHours(story.stepHours())));
            travelTo(at, realNow);
            if (inboxEmpty(dealId, story.director())) {
                // Waiting in nurturing for the next contact: the director takes it up again.
                actAs(story.director(), AppRoles.DIRECTOR);
                nurture.resumeNow(dealId);
            }
            InboxTask task = openTask(dealId, story.director());
            boolean intermediary = task.stage().party() == Party.INTERMEDIARY;
            if (intermediary) {
                actAs(story.title().length() % 2 == 0 ? I1 : I2, AppRoles.INTERMEDIARY);
            } else {
                actAs(story.director(), AppRoles.DIRECTOR);
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
                    actAs(
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
        crm.afterStory(story.title(), dealId, story.director(), at, realNow);
        if (story.title().equals(WAITED)) {
            demoFacilities.offerToStaffFacilities(dealId);
        }
        if (story.title().equals(WAITING_NOW) || story.title().equals(WAITED)) {
            // The intermediary's question goes to the customer: the deal's clocks pause until the answer.
            at = duringOfficeHours(at.plus(Duration.ofHours(18)));
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
                at = duringOfficeHours(at.plus(Duration.ofHours(50)));
            }
        }
        if (story.claimBy() != null) {
            travelTo(at.plus(Duration.ofHours(3)), realNow);
            String role = story.claimBy().equals(I1) || story.claimBy().equals(I2)
                    ? AppRoles.INTERMEDIARY
                    : AppRoles.DIRECTOR;
            actAs(story.claimBy(), role);
            inbox.openTasksOf(dealId).stream().findFirst().ifPresent(t -> inbox.claim(t.taskId()));
        }
    }

    private boolean inboxEmpty(long dealId, String director) {
        actAs(director, AppRoles.DIRECTOR, AppRoles.INTERMEDIARY);
        return inbox.openTasksOf(dealId).isEmpty();
    }

    private InboxTask openTask(long dealId, String director) {
        actAs(director, AppRoles.DIRECTOR, AppRoles.INTERMEDIARY);
        return inbox.openTasksOf(dealId).stream().findFirst().orElseThrow();
    }

    /**
     * When to open the deal so that its last step's task has used about 88% of its SLA now, whatever the
     * day of the week: walks back hour by hour in the receiving organisation's business time.
     */
    private Instant atRiskStart(Story story, Instant now) {
        boolean assignment = story.steps().size() == 3;
        var time =
                calendars.workingTime(assignment ? jp.tsunagu.deal.Party.INTERMEDIARY : jp.tsunagu.deal.Party.COMPANY);
        long target = (assignment ? 3L : 5L) * time.minutesPerDay();
        Instant arrival = now;
        while (time.minutesBetween(arrival, now) < target * 88 / 100) {
            arrival = arrival.minus(Duration.ofHours(1));
        }
        return arrival.minus(
                Duration.ofHours((long) story.stepHours() * story.steps().size()));
    }

    /** People act between 9:00 and 18:00: a step that would fall at night happens at 10:00 the next day. */
    static Instant duringOfficeHours(Instant at) {
        var local = at.atZone(ZONE);
        if (local.getHour() < 9) {
            return local.withHour(10).withMinute(0).toInstant();
        }
        if (local.getHour() >= 18) {
            return local.plusDays(1).withHour(10).withMinute(0).toInstant();
        }
        return at;
    }

    /** Sets the engine clock (and with it the application's) to a past instant, never into the future. */
    static void travelTo(Instant at, Instant realNow) {
        ClockUtil.setCurrentTime(Date.from(at.isAfter(realNow) ? realNow : at));
    }

    static void actAs(String username, String... roles) {
        var authorities = java.util.Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(username, null, authorities));
    }
}
