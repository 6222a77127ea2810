package jp.tsunagu.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.delivery.BatchRow;
import jp.tsunagu.delivery.BatchState;
import jp.tsunagu.delivery.DeliveryPlanService;
import jp.tsunagu.delivery.DeliveryService;
import jp.tsunagu.delivery.ErrorTypeOption;
import jp.tsunagu.delivery.ErrorTypes;
import jp.tsunagu.delivery.InspectionForm;
import jp.tsunagu.delivery.PlanDetails;
import jp.tsunagu.delivery.PlanForm;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.trial.BriefingForm;
import jp.tsunagu.trial.BriefingKind;
import jp.tsunagu.trial.BriefingService;
import jp.tsunagu.trial.ResultForm;
import jp.tsunagu.trial.TrialForm;
import jp.tsunagu.trial.TrialRecord;
import jp.tsunagu.trial.TrialService;
import jp.tsunagu.wages.LedgerRow;
import jp.tsunagu.wages.WageLedger;
import org.springframework.stereotype.Component;

/**
 * The demo's trials, deliveries and inspections, driven through the real services as the intermediary and the
 * director: a briefing and a sample per trial, a delivery plan, batches delivered (some late or short), inspected
 * with errors by kind (some failing and reworked), and the facilities' workers, hours and wages before.
 */
@Component
class DemoDelivery {

    private static final ZoneId ZONE = Application.TOKYO;
    private static final String STAFF = "suzuki";

    private final TrialService trials;
    private final BriefingService briefings;
    private final DeliveryService deliveries;
    private final DeliveryPlanService plans;
    private final ErrorTypes errorTypes;
    private final WageLedger wages;
    private final Random random = new Random(61L);

    DemoDelivery(
            TrialService trials,
            BriefingService briefings,
            DeliveryService deliveries,
            DeliveryPlanService plans,
            ErrorTypes errorTypes,
            WageLedger wages) {
        this.plans = plans;
        this.trials = trials;
        this.briefings = briefings;
        this.deliveries = deliveries;
        this.errorTypes = errorTypes;
        this.wages = wages;
    }

    /** A briefing the day before, a sample of 200 and every assigned facility's result. */
    void trial(long dealId, Instant at) {
        DemoClock.actAs(STAFF, AppRoles.INTERMEDIARY);
        LocalDate day = LocalDate.ofInstant(at, ZONE).minusDays(1);
        List<TrialRecord.Result> assigned = trials.of(dealId).results();
        briefings.addBriefing(
                dealId,
                new BriefingForm(
                        BriefingKind.TRIAL,
                        day,
                        LocalTime.of(10, 0),
                        random.nextBoolean(),
                        random.nextBoolean() ? "静岡県セルプセンター 会議室A" : "https://meet.example.jp/tsunagu-briefing",
                        assigned.stream().map(TrialRecord.Result::facilityId).collect(Collectors.toSet()),
                        "各事業所の職員・支援員、ディレクター、中間支援組織",
                        "作業手順書 v1、サンプルデータ、チェックリスト",
                        "作業手順と品質基準を説明し、サンプルで練習した。質問は案件のQ&Aに記録。"));
        trials.plan(
                dealId,
                0,
                new TrialForm(200, LocalDate.ofInstant(at, ZONE).plusDays(3), "サンプル200件を手順書どおりに作業し、所要時間と誤りを記録する"));
        for (TrialRecord.Result r : assigned) {
            int pieces = 160 + random.nextInt(41);
            trials.recordResult(
                    dealId,
                    r.facilityId(),
                    r.version(),
                    new ResultForm(pieces, 90 + random.nextInt(150), 2 + random.nextInt(3), random.nextInt(2), null));
        }
    }

    /**
     * A delivery plan: for a recurring showcase a monthly cycle from this month (due on the 25th, six months);
     * otherwise one batch per assigned facility due in {@code days} days. Unit price per piece.
     */
    void plan(long dealId, Instant at, boolean recurring, BigDecimal unitPrice, int days) {
        DemoClock.actAs(STAFF, AppRoles.INTERMEDIARY);
        PlanDetails view = plans.plan(dealId);
        LocalDate today = LocalDate.ofInstant(at, ZONE);
        List<PlanForm.Line> lines = view.facilities().stream()
                .map(f -> new PlanForm.Line(f.facilityId(), Math.min(f.assignedQuantity(), 600)))
                .toList();
        List<PlanForm.Batch> batches = view.facilities().stream()
                .map(f -> new PlanForm.Batch(f.facilityId(), today.plusDays(days), Math.min(f.assignedQuantity(), 800)))
                .toList();
        plans.savePlan(
                dealId,
                view.version(),
                new PlanForm(
                        unitPrice,
                        PricingBasis.PER_PIECE,
                        new BigDecimal("1.00"),
                        recurring,
                        today.withDayOfMonth(1),
                        today.plusMonths(5),
                        25,
                        recurring ? lines : List.of(),
                        recurring ? List.of() : batches,
                        List.of("件数が指示書と一致している", "ファイル名の規則どおり", "個人情報の取り扱い記録に記入済み")));
    }

    /** Every batch awaiting delivery arrives; {@code shortBy} pieces missing from the first one. */
    void deliverAll(long dealId, int shortBy) {
        DemoClock.actAs(STAFF, AppRoles.INTERMEDIARY);
        boolean first = true;
        for (BatchRow b : deliveries.batches(dealId)) {
            if (b.state() == BatchState.OPEN) {
                int quantity = first ? b.plannedQuantity() - shortBy : b.plannedQuantity();
                deliveries.recordDelivery(b.id(), quantity, first && shortBy > 0 ? "一部の伝票が判読できず未入力" : null);
                first = false;
            }
        }
    }

    /** Inspects every delivered batch; the first fails when {@code failFirst}, the rest pass. */
    void inspectAll(long dealId, boolean failFirst, String director) {
        DemoClock.actAs(director, AppRoles.DIRECTOR);
        boolean first = true;
        for (BatchRow b : deliveries.batches(dealId)) {
            if (b.state() == BatchState.DELIVERED) {
                inspect(b, failFirst && first);
                first = false;
            }
        }
    }

    /** Fixes every batch in rework and delivers it again. */
    void reworkAll(long dealId) {
        DemoClock.actAs(STAFF, AppRoles.INTERMEDIARY);
        for (BatchRow b : deliveries.batches(dealId)) {
            if (b.state() == BatchState.REWORK) {
                deliveries.redeliver(b.id(), "誤入力の箇所を全件見直し、修正した");
            }
        }
    }

    private void inspect(BatchRow b, boolean fail) {
        int checked = Math.min(b.deliveredQuantity(), 200);
        List<ErrorTypeOption> types = errorTypes.active();
        Map<String, Integer> errors = new LinkedHashMap<>();
        int total = fail ? 5 + random.nextInt(6) : random.nextInt(3);
        for (int i = 0; i < total; i++) {
            String code = types.get(random.nextInt(Math.min(3, types.size()))).code();
            errors.merge(code, 1, Integer::sum);
        }
        deliveries.inspect(b.id(), new InspectionForm(checked, errors, true, fail ? "誤入力が基準を超えたため手直しを依頼" : null));
    }

    /**
     * Workers and hours for every facility-month that the programme paid in the last half year, and each such
     * facility's wage before it joined.
     */
    void wages(Instant now) {
        DemoClock.actAs(STAFF, AppRoles.INTERMEDIARY);
        YearMonth to = YearMonth.from(now.atZone(ZONE));
        YearMonth from = to.minusMonths(7);
        Map<Long, Boolean> beforeSet = new HashMap<>();
        for (LedgerRow row : wages.ledger(from, to, null)) {
            if (row.isTotal() || row.paid() == 0) {
                continue;
            }
            int workers = 3 + (int) (row.facilityId() % 3) + random.nextInt(2);
            YearMonth month = YearMonth.from(row.month());
            wages.enterMonth(
                    row.facilityId(),
                    month,
                    workers,
                    BigDecimal.valueOf(workers * (30L + random.nextInt(30))),
                    wages.monthEntry(row.facilityId(), month)
                            .map(WageLedger.MonthEntry::version)
                            .orElse(null));
            if (beforeSet.putIfAbsent(row.facilityId(), true) == null) {
                wages.enterWageBefore(row.facilityId(), 12_000 + random.nextInt(60) * 100, to.getYear() - 2);
            }
        }
    }
}
