package jp.tsunagu.demo;

import static jp.tsunagu.demo.DemoScenario.actAs;
import static jp.tsunagu.demo.DemoScenario.duringOfficeHours;
import static jp.tsunagu.demo.DemoScenario.travelTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.crm.ActivityForm;
import jp.tsunagu.crm.ActivityKind;
import jp.tsunagu.crm.ActivityService;
import jp.tsunagu.customer.CompanySize;
import jp.tsunagu.customer.ContactForm;
import jp.tsunagu.customer.CustomerForm;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.customer.LeadSource;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.SkillOption;
import jp.tsunagu.questions.QuestionService;
import jp.tsunagu.requirements.MinimumWages;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementItem;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.requirements.VolumeUnit;
import jp.tsunagu.security.AppRoles;
import org.springframework.stereotype.Component;

/**
 * The director's side of the demo office: customers with contacts, activity logs with next actions,
 * requirements sheets with items still open, questions with answers (the FAQ) and one waiting for the
 * customer, and the prefecture's minimum wage. Entered through the real services as the real users.
 */
@Component
class DemoCrm {

    private static final ZoneId ZONE = Application.TOKYO;

    private final CustomerService customers;
    private final ActivityService activities;
    private final RequirementsService requirements;
    private final QuestionService questions;
    private final MinimumWages minimumWages;
    private final DealService deals;
    private final FacilityService facilities;

    DemoCrm(
            CustomerService customers,
            ActivityService activities,
            RequirementsService requirements,
            QuestionService questions,
            MinimumWages minimumWages,
            DealService deals,
            FacilityService facilities) {
        this.customers = customers;
        this.activities = activities;
        this.requirements = requirements;
        this.questions = questions;
        this.minimumWages = minimumWages;
        this.deals = deals;
        this.facilities = facilities;
    }

    void minimumWage() {
        actAs("admin", AppRoles.ADMIN);
        // 静岡県最低賃金（令和6年10月1日発効）
        minimumWages.set(LocalDate.of(2024, 10, 1), 1034, "静岡県");
    }

    /** Size, address, lead source, director and contacts for the demo customers. */
    void enrichCustomers(Map<String, Long> byName) {
        actAs("tanaka", AppRoles.DIRECTOR);
        customer(
                byName,
                "株式会社みらい商事",
                CompanySize.MEDIUM,
                "静岡市葵区追手町1-2",
                LeadSource.JOB_POSTING,
                "tanaka",
                contact("山本 和也", "総務部 課長", "yamamoto@mirai-shoji.example.jp", "054-200-1235"),
                contact("井上 さやか", "経理部", "inoue@mirai-shoji.example.jp", null));
        customer(
                byName,
                "東海ロジスティクス株式会社",
                CompanySize.LARGE,
                "浜松市中央区砂山町3-5",
                LeadSource.EVENT,
                "tanaka",
                contact("松本 隆", "物流管理部 部長", null, "053-411-2201"));
        customer(
                byName,
                "さくら印刷株式会社",
                CompanySize.SMALL,
                "名古屋市中区栄2-8-1",
                LeadSource.REFERRAL,
                "sato",
                contact("林 美穂", "営業部", "hayashi@sakura-print.example.jp", "052-300-8812"));
        customer(
                byName,
                "株式会社グリーンフーズ",
                CompanySize.MEDIUM,
                "静岡市清水区港町2-1",
                LeadSource.WEBSITE,
                "tanaka",
                contact("清水 大地", "品質保証課", "shimizu@greenfoods.example.jp", null));
        customer(
                byName,
                "富士データサービス株式会社",
                CompanySize.SMALL,
                "富士市吉原1-10-3",
                LeadSource.INTERMEDIARY,
                "tanaka",
                contact("森 陽子", "業務部 主任", "mori@fuji-data.example.jp", "055-980-1123"));
        customer(
                byName,
                "医療法人 あおば会",
                CompanySize.LARGE,
                "静岡市駿河区南町5-1",
                LeadSource.REFERRAL,
                "sato",
                contact("池田 直樹", "事務長", null, "054-255-6601"));
        customer(
                byName,
                "株式会社ハマナ電機",
                CompanySize.MEDIUM,
                "湖西市新居町浜名1-3",
                LeadSource.OUTBOUND,
                "sato",
                contact("阿部 亮", "製造部 係長", "abe@hamana-denki.example.jp", "053-440-3301"));
        customer(
                byName,
                "やまびこ不動産株式会社",
                CompanySize.MICRO,
                "横浜市西区北幸1-4",
                LeadSource.WEBSITE,
                "sato",
                contact("石川 真理", "代表取締役", "ishikawa@yamabiko.example.jp", null));
    }

    /** What happened on a deal besides its process steps, told at the time it happened. */
    void afterStory(String title, long dealId, String director, Instant at, Instant realNow) {
        long customerId = deals.details(dealId).orElseThrow().customerId();
        switch (title) {
            case "商品画像のタグ付け" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                log(
                        customerId,
                        dealId,
                        ActivityKind.MEETING,
                        day.minusDays(2),
                        "EC担当の方と打ち合わせ。撮影済み画像 約2万点のタグ付けを検討中。" + "予算は来期とのこと",
                        null,
                        null);
                log(
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
                log(
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
                log(
                        customerId,
                        dealId,
                        ActivityKind.VISIT,
                        day,
                        "紙のアンケート用紙を確認。設問は20問、自由記述あり",
                        "回答用紙の枚数を確認",
                        day.plusDays(2));
                RequirementsForm f = sheet("紙のアンケート回答（20問・自由記述あり）を Excel に入力", Set.of("DATA_ENTRY"));
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
                save(dealId, f);
            }
            case "配送伝票の入力" -> {
                actAs(director, AppRoles.DIRECTOR);
                RequirementsForm f = sheet("手書きの配送伝票（月約1,200枚）を読み取り、配送管理システムに入力", Set.of("DATA_ENTRY"));
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
                save(dealId, f);
            }
            case "名刺のデータ化" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                RequirementsForm f = sheet("受け取った名刺を読み取り、指定のCSVに会社名・氏名・連絡先を入力", Set.of("DATA_ENTRY", "SCANNING"));
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
                save(dealId, f);
            }
            case "顧客台帳のクレンジング" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                RequirementsForm f = sheet("顧客台帳（約5万件）の重複・表記ゆれを確認し修正", Set.of("CHECKING", "DATA_ENTRY"));
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
                save(dealId, f);
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
                RequirementsForm f = sheet("DM（A4三つ折り2枚＋返信はがき）を封筒に封入し、宛名ラベルを貼る", Set.of("FOLDING", "STICKERS"));
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
                save(dealId, f);
            }
            case "電子部品の検品・袋詰め" -> {
                actAs(director, AppRoles.DIRECTOR);
                LocalDate day = LocalDate.ofInstant(at, ZONE);
                RequirementsForm f = sheet("コネクタ部品の外観検品と10個ずつの袋詰め", Set.of("COUNTING", "PACKING"));
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
                save(dealId, f);
            }
            case "アンケート用紙のデータ入力" -> {
                actAs(director, AppRoles.DIRECTOR);
                RequirementsForm f = sheet("会員アンケートの回答用紙を入力", Set.of("DATA_ENTRY"));
                f.setWorkersNeeded(3);
                f.setFacilitiesNeeded(1);
                f.setUnitPrice(new BigDecimal("8"));
                f.setPricingBasis(PricingBasis.PER_PIECE);
                f.setSupporterPerHour(new BigDecimal("50"));
                f.setAveragePerHour(new BigDecimal("25"));
                save(dealId, f);
            }
            default -> {}
        }
    }

    /** The question on a deal waiting for its customer: asked, put to the customer, and (maybe) answered. */
    void customerQuestion(long dealId, String director, String text, String answer, Instant at, Instant realNow) {
        travelTo(at, realNow);
        actAs("suzuki", AppRoles.INTERMEDIARY);
        long q = questions.ask(dealId, text);
        Instant asked = duringOfficeHours(at.plus(Duration.ofHours(2)));
        travelTo(asked, realNow);
        actAs(director, AppRoles.DIRECTOR);
        questions.askCustomer(q, 0);
        if (answer != null) {
            travelTo(duringOfficeHours(asked.plus(Duration.ofHours(48))), realNow);
            questions.answer(q, 1, answer);
        }
    }

    private void save(long dealId, RequirementsForm f) {
        if (deals.details(dealId).orElseThrow().status() == DealStatus.OPEN) {
            requirements.save(dealId, requirements.of(dealId).version(), f);
        }
    }

    private RequirementsForm sheet(String description, Set<String> skillCodes) {
        RequirementsForm f = new RequirementsForm();
        f.setDescription(description);
        List<SkillOption> skills = facilities.skills();
        f.setSkillIds(skills.stream()
                .filter(s -> skillCodes.contains(s.code()))
                .map(SkillOption::id)
                .collect(Collectors.toSet()));
        return f;
    }

    private void log(
            long customerId,
            long dealId,
            ActivityKind kind,
            LocalDate on,
            String summary,
            String next,
            LocalDate nextOn) {
        ActivityForm f = new ActivityForm();
        f.setKind(kind);
        f.setOccurredOn(on);
        f.setSummary(summary);
        f.setNextAction(next);
        f.setNextActionOn(nextOn);
        activities.log(customerId, dealId, f);
    }

    private void customer(
            Map<String, Long> byName,
            String name,
            CompanySize size,
            String address,
            LeadSource source,
            String director,
            ContactForm... contacts) {
        long id = byName.get(name);
        CustomerForm f = customers.form(id).orElseThrow();
        f.setSize(size);
        f.setAddress(address);
        f.setLeadSource(source);
        f.setDirector(director);
        customers.update(id, customers.find(id).orElseThrow().getVersion(), f);
        for (ContactForm c : contacts) {
            customers.addContact(id, c);
        }
    }

    private static ContactForm contact(String name, String role, String email, String phone) {
        ContactForm c = new ContactForm();
        c.setName(name);
        c.setRole(role);
        c.setEmail(email);
        c.setPhone(phone);
        return c;
    }
}
