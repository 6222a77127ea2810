package jp.tsunagu.demo;

import static jp.tsunagu.demo.DemoClock.actAs;
import static jp.tsunagu.demo.DemoClock.duringOfficeHours;
import static jp.tsunagu.demo.DemoClock.travelTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
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

    void save(long dealId, RequirementsForm f) {
        if (deals.details(dealId).orElseThrow().status() == DealStatus.OPEN) {
            requirements.save(dealId, requirements.of(dealId).version(), f);
        }
    }

    RequirementsForm sheet(String description, Set<String> skillCodes) {
        RequirementsForm f = new RequirementsForm();
        f.setDescription(description);
        List<SkillOption> skills = facilities.skills();
        f.setSkillIds(skills.stream()
                .filter(s -> skillCodes.contains(s.code()))
                .map(SkillOption::id)
                .collect(Collectors.toSet()));
        return f;
    }

    void log(
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
