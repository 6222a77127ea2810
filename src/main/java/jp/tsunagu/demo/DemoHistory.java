package jp.tsunagu.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import org.springframework.stereotype.Component;

/**
 * Half a year of finished deals, so the SLA monitor's lead times and trend show something on the first
 * day. Each deal is driven through the real pipeline with the clock set back; the waits are drawn from a
 * fixed seed, slower for light and off-site work, as in the report.
 */
@Component
class DemoHistory {

    /** The real time: the demo travels the engine's clock, and this is where it returns to. */
    private static final Clock WALL = Clock.system(Application.TOKYO);

    static final int DEALS = 48;
    private static final ZoneId ZONE = Application.TOKYO;
    private static final String[] TITLES = {
        "アンケート入力", "商品データ登録", "画像タグ付け", "伝票入力", "名簿の点検", "封入作業", "シール貼り", "部品の袋詰め", "構内清掃（施設外）", "検品作業"
    };

    private final DealService deals;
    private final TaskInboxService inbox;
    private final DemoFacilities facilities;
    private final DemoDelivery delivery;

    DemoHistory(DealService deals, TaskInboxService inbox, DemoFacilities facilities, DemoDelivery delivery) {
        this.delivery = delivery;
        this.deals = deals;
        this.inbox = inbox;
        this.facilities = facilities;
    }

    void play(List<Long> customers) {
        Random random = new Random(20261121L);
        Instant realNow = WALL.instant();
        for (int i = 0; i < DEALS; i++) {
            WorkCategory category =
                    i % 4 == 0 ? WorkCategory.LIGHT : i % 7 == 0 ? WorkCategory.OFFSITE : WorkCategory.PC;
            int titleIndex = category == WorkCategory.PC ? i % 5 : 5 + i % 5;
            String director = i % 2 == 0 ? "tanaka" : "sato";
            String staff = i % 3 == 0 ? "ito" : "suzuki";
            Instant at = LocalDate.now(ZONE)
                    .minusDays(175 - i * 3L)
                    .atTime(LocalTime.of(10, 0))
                    .atZone(ZONE)
                    .toInstant();
            DemoClock.travelTo(at, realNow);
            DemoClock.actAs(director, AppRoles.DIRECTOR);
            NewDeal form = new NewDeal();
            form.setCustomerId(customers.get(i % customers.size()));
            form.setTitle(TITLES[titleIndex] + "（" + (i + 1) + "期）");
            form.setCategory(category);
            form.setOrderType(i % 3 == 0 ? OrderType.ONE_OFF : OrderType.RECURRING);
            form.setMonthlyAmount(40_000L + random.nextInt(30) * 10_000L);
            long dealId = deals.create(form);

            boolean pc = category == WorkCategory.PC;
            // The assignment got faster as the year went on (the point of the whole system): the first deals
            // wait as long as in the model project (PC 5–20 business days, light work 4 weeks and more).
            int phase = i < DEALS / 3 ? 0 : i < 2 * DEALS / 3 ? 1 : 2;
            int assignmentHours = pc
                    ? new int[] {150, 48, 8}[phase] + random.nextInt(new int[] {500, 150, 60}[phase])
                    : new int[] {650, 250, 70}[phase] + random.nextInt(new int[] {500, 300, 200}[phase]);
            int[] hours = {
                4 + random.nextInt(40),
                20 + random.nextInt(60),
                2 + random.nextInt(24),
                assignmentHours,
                48 + random.nextInt(150),
                4 + random.nextInt(30),
                48 + random.nextInt(120),
                4 + random.nextInt(40)
            };
            Outcome[] steps = {
                Outcome.READY,
                Outcome.DONE,
                Outcome.HANDED_OVER,
                Outcome.ASSIGNED,
                Outcome.TRIAL_DONE,
                Outcome.PASSED,
                Outcome.DELIVERED,
                Outcome.ACCEPTED
            };
            boolean failsOnce = i % 5 == 2;
            boolean lost = i % 9 == 4;
            for (int s = 0; s < steps.length; s++) {
                at = DemoClock.duringOfficeHours(at.plus(Duration.ofHours(hours[s])));
                if (at.isAfter(realNow.minus(Duration.ofDays(1)))) {
                    break;
                }
                DemoClock.travelTo(at, realNow);
                DemoClock.actAs(director, AppRoles.DIRECTOR, AppRoles.INTERMEDIARY);
                InboxTask task = inbox.openTasksOf(dealId).stream().findFirst().orElseThrow();
                boolean intermediary = task.stage().party() == Party.INTERMEDIARY;
                DemoClock.actAs(
                        intermediary ? staff : director, intermediary ? AppRoles.INTERMEDIARY : AppRoles.DIRECTOR);
                long version = deals.details(dealId).orElseThrow().version();
                if (lost && s == 5) {
                    inbox.complete(
                            task.taskId(),
                            new Completion(Outcome.LOST, LostReasonOption.QUALITY, "トライアルの誤り率が基準を超えた", null, version));
                    break;
                }
                switch (steps[s]) {
                    case ASSIGNED -> facilities.assign(dealId, category, at);
                    case DELIVERED -> delivery.deliverAll(dealId, 0);
                    case ACCEPTED -> {
                        if (failsOnce) {
                            // Failed, reworked within a day, inspected again.
                            delivery.inspectAll(dealId, true, director);
                            delivery.reworkAll(dealId);
                        }
                        delivery.inspectAll(dealId, false, director);
                    }
                    default -> {
                        if (steps[s] == Outcome.TRIAL_DONE) {
                            delivery.trial(dealId, at);
                        } else if (steps[s] == Outcome.PASSED) {
                            delivery.plan(dealId, at, false, BigDecimal.valueOf(20 + random.nextInt(41)), 10);
                        }
                        DemoClock.actAs(
                                intermediary ? staff : director,
                                intermediary ? AppRoles.INTERMEDIARY : AppRoles.DIRECTOR);
                        inbox.complete(
                                task.taskId(),
                                Completion.of(
                                        steps[s],
                                        deals.details(dealId).orElseThrow().version()));
                    }
                }
            }
        }
    }
}
