package jp.tsunagu.demo;

import static jp.tsunagu.demo.DemoClock.actAs;
import static jp.tsunagu.demo.DemoClock.duringOfficeHours;
import static jp.tsunagu.demo.DemoClock.travelTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import jp.tsunagu.Application;
import jp.tsunagu.crm.ActivityKind;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.questions.QuestionService;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementItem;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.VolumeUnit;
import jp.tsunagu.security.AppRoles;
import org.springframework.stereotype.Component;

/** What the director noted on each demo deal after its story: calls, visits, requirements, questions. */
@Component
class DemoStoryNotes {

    private static final ZoneId ZONE = Application.TOKYO;

    private final DemoCrm crm;
    private final DealService deals;
    private final QuestionService questions;

    DemoStoryNotes(DemoCrm crm, DealService deals, QuestionService questions) {
        this.crm = crm;
        this.deals = deals;
        this.questions = questions;
    }

    /** What happened on a deal besides its process steps, told at the time it happened. */
    void afterStory(String title, long dealId, String director, Instant at, Instant realNow) {
        long customerId = deals.details(dealId).orElseThrow().customerId();
        switch (title) {
            case "商品画像のタグ付け" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                crm.log(
                        customerId,
                        dealId,
                        ActivityKind.MEETING,
                        day.minusDays(2),
                        "EC担当の方と打ち合わせ。撮影済み画像 約2万点のタグ付けを検討中。" + "予算は来期とのこと",
                        null,
                        null);
                crm.log(
                        customerId,
                        dealId,
                        ActivityKind.CALL,
                        day,
                        "予算確定の時期を確認。2週間後に再連絡の約束",
                        "予算確定の確認電話",
                        deals.details(dealId).orElseThrow().nextContactOn());
            }
            case "物件写真の加工" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                crm.log(
                        customerId,
                        dealId,
                        ActivityKind.MAIL,
                        day,
                        "Webからの問い合わせに返信。月200枚程度の明るさ補正とトリミング",
                        "サンプル画像を受け取り見積もり",
                        day.plusDays(4));
            }
            case "アンケート回答の集計入力" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                crm.log(
                        customerId,
                        dealId,
                        ActivityKind.VISIT,
                        day,
                        "紙のアンケート用紙を確認。設問は20問、自由記述あり",
                        "回答用紙の枚数を確認",
                        day.plusDays(2));
                RequirementsForm f = crm.sheet("紙のアンケート回答（20問・自由記述あり）を Excel に入力", Set.of("DATA_ENTRY"));
                f.setWorkersNeeded(4);
                f.setStaffNeeded(1);
                f.setFacilitiesNeeded(1);
                f.setAcceptedErrorRate(new BigDecimal("0.5"));
                f.setStartOn(day.plusDays(21));
                f.setAssignBy(day.plusDays(14));
                f.setTools("Excel の入ったPC");
                f.setNdaRequired(true);
                f.setDataHandling("個人情報を含むため事業所内のみで作業、用紙は施錠保管");
                f.setUnitPrice(new BigDecimal("3"));
                f.setPricingBasis(PricingBasis.PER_PIECE);
                f.setSupporterPerHour(new BigDecimal("60"));
                f.setFastPerHour(new BigDecimal("45"));
                f.setAveragePerHour(new BigDecimal("30"));
                f.setSlowPerHour(new BigDecimal("12"));
                f.setWaiting(EnumSet.of(RequirementItem.DELIVERY));
                crm.save(dealId, f);
            }
            case "配送伝票の入力" -> {
                actAs(director, AppRoles.DIRECTOR);
                RequirementsForm f = crm.sheet("手書きの配送伝票（月約1,200枚）を読み取り、配送管理システムに入力", Set.of("DATA_ENTRY"));
                f.setWorkersNeeded(8);
                f.setStaffNeeded(2);
                f.setFacilitiesNeeded(2);
                f.setAcceptedErrorRate(new BigDecimal("1.0"));
                f.setTools("PC（ブラウザ）、貸与のVPN");
                f.setNdaRequired(true);
                f.setDataHandling("個人情報を含むため事業所内のみで作業");
                f.setUnitPrice(new BigDecimal("45"));
                f.setPricingBasis(PricingBasis.PER_PIECE);
                f.setSupporterPerHour(new BigDecimal("40"));
                f.setFastPerHour(new BigDecimal("30"));
                f.setAveragePerHour(new BigDecimal("20"));
                f.setSlowPerHour(new BigDecimal("8"));
                crm.save(dealId, f);
            }
            case "名刺のデータ化" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                RequirementsForm f = crm.sheet("受け取った名刺を読み取り、指定のCSVに会社名・氏名・連絡先を入力", Set.of("DATA_ENTRY", "SCANNING"));
                f.setVolume(new BigDecimal("3000"));
                f.setVolumeUnit(VolumeUnit.PIECES_PER_MONTH);
                f.setWorkersNeeded(5);
                f.setStaffNeeded(1);
                f.setFacilitiesNeeded(1);
                f.setAcceptedErrorRate(new BigDecimal("0.3"));
                f.setAssignBy(day.plusDays(10));
                f.setDeliveryDueOn(day.plusDays(45));
                f.setDeliverySchedule("毎月末に前月分を納品");
                f.setDeliverableFormat("CSV（UTF-8）");
                f.setTools("スキャナー付きPC");
                f.setNdaRequired(true);
                f.setDataHandling("名刺原本は毎週回収、データは暗号化したUSBで受け渡し");
                f.setUnitPrice(new BigDecimal("12"));
                f.setPricingBasis(PricingBasis.PER_PIECE);
                f.setSupporterPerHour(new BigDecimal("40"));
                f.setFastPerHour(new BigDecimal("35"));
                f.setAveragePerHour(new BigDecimal("20"));
                f.setSlowPerHour(new BigDecimal("8"));
                f.setWaiting(EnumSet.of(RequirementItem.START));
                crm.save(dealId, f);
            }
            case "顧客台帳のクレンジング" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                RequirementsForm f = crm.sheet("顧客台帳（約5万件）の重複・表記ゆれを確認し修正", Set.of("CHECKING", "DATA_ENTRY"));
                f.setVolume(new BigDecimal("160"));
                f.setVolumeUnit(VolumeUnit.HOURS_PER_MONTH);
                f.setWorkersNeeded(6);
                f.setStaffNeeded(2);
                f.setFacilitiesNeeded(2);
                f.setStartOn(day.plusDays(20));
                f.setAssignBy(day.plusDays(7));
                f.setDeliveryDueOn(day.plusDays(80));
                f.setDeliverySchedule("2週間ごとに1万件ずつ");
                f.setDeliverableFormat("Excel（修正箇所に色付け）");
                f.setTools("PC（リモートデスクトップ接続）");
                f.setNdaRequired(true);
                f.setDataHandling("顧客のサーバー上でのみ作業、ダウンロード禁止");
                f.setUnitPrice(new BigDecimal("1100"));
                f.setPricingBasis(PricingBasis.PER_HOUR);
                crm.save(dealId, f);
                Instant asked = duringOfficeHours(at.plus(Duration.ofHours(4)));
                travelTo(asked, realNow);
                actAs("suzuki", AppRoles.INTERMEDIARY);
                long q1 = questions.ask(dealId, "表記ゆれの修正ルール（「株式会社」の位置、全角・半角）は指示書がありますか？");
                travelTo(duringOfficeHours(asked.plus(Duration.ofHours(3))), realNow);
                actAs(director, AppRoles.DIRECTOR);
                questions.answer(q1, 0, "あります。顧客作成の「表記統一ルール v2」を説明会で配布します。" + "会社名は前株・後株とも原本どおり、英数字は半角に統一です。");
                travelTo(duringOfficeHours(asked.plus(Duration.ofHours(6))), realNow);
                actAs("suzuki", AppRoles.INTERMEDIARY);
                questions.ask(dealId, "判断に迷う重複候補はどう扱えばよいですか？");
            }
            case "販促物の封入・発送" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                RequirementsForm f = crm.sheet("DM（A4三つ折り2枚＋返信はがき）を封筒に封入し、宛名ラベルを貼る", Set.of("FOLDING", "STICKERS"));
                f.setVolume(new BigDecimal("8000"));
                f.setVolumeUnit(VolumeUnit.PIECES_PER_MONTH);
                f.setWorkersNeeded(10);
                f.setStaffNeeded(2);
                f.setFacilitiesNeeded(2);
                f.setStartOn(day.plusDays(12));
                f.setAssignBy(day.plusDays(6));
                f.setDeliveryDueOn(day.plusDays(25));
                f.setNdaRequired(false);
                f.setUnitPrice(new BigDecimal("4.5"));
                f.setPricingBasis(PricingBasis.PER_PIECE);
                f.setSupporterPerHour(new BigDecimal("120"));
                f.setFastPerHour(new BigDecimal("100"));
                f.setAveragePerHour(new BigDecimal("60"));
                f.setSlowPerHour(new BigDecimal("25"));
                f.setWaiting(EnumSet.of(RequirementItem.FORMAT));
                crm.save(dealId, f);
            }
            case "電子部品の検品・袋詰め" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                RequirementsForm f = crm.sheet("コネクタ部品の外観検品と10個ずつの袋詰め", Set.of("COUNTING", "PACKING"));
                f.setVolume(new BigDecimal("20000"));
                f.setVolumeUnit(VolumeUnit.PIECES_PER_MONTH);
                f.setWorkersNeeded(8);
                f.setStaffNeeded(2);
                f.setFacilitiesNeeded(1);
                f.setAcceptedErrorRate(new BigDecimal("0.1"));
                f.setStartOn(day.plusDays(30));
                f.setAssignBy(day.plusDays(14));
                f.setDeliveryDueOn(day.plusDays(60));
                f.setDeliverySchedule("毎週金曜に引き取り");
                f.setDeliverableFormat("袋詰め（10個入り）・段ボール100袋");
                f.setTools("ルーペ・計量はかり（貸与）");
                f.setNdaRequired(false);
                f.setUnitPrice(new BigDecimal("2"));
                f.setPricingBasis(PricingBasis.PER_PIECE);
                f.setSupporterPerHour(new BigDecimal("300"));
                f.setFastPerHour(new BigDecimal("240"));
                f.setAveragePerHour(new BigDecimal("150"));
                f.setSlowPerHour(new BigDecimal("60"));
                crm.save(dealId, f);
            }
            case "アンケート用紙のデータ入力" -> {
                actAs(director, AppRoles.DIRECTOR);
                RequirementsForm f = crm.sheet("会員アンケートの回答用紙を入力", Set.of("DATA_ENTRY"));
                f.setWorkersNeeded(3);
                f.setFacilitiesNeeded(1);
                f.setUnitPrice(new BigDecimal("8"));
                f.setPricingBasis(PricingBasis.PER_PIECE);
                f.setSupporterPerHour(new BigDecimal("50"));
                f.setAveragePerHour(new BigDecimal("25"));
                crm.save(dealId, f);
            }
            default -> {}
        }
    }
}
