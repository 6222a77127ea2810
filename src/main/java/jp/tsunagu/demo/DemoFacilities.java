package jp.tsunagu.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.assignment.Candidate;
import jp.tsunagu.assignment.MatchRequest;
import jp.tsunagu.assignment.Matching;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.Split;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.documents.Visibility;
import jp.tsunagu.facility.Facility;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.FacilityType;
import jp.tsunagu.facility.SkillOption;
import jp.tsunagu.facility.SurveyForm;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * The demo prefecture's workshops with their capability surveys, and the assignments the demo deals
 * confirm (the best-ranked facility or two, as the intermediary's workspace would suggest).
 */
@Component
class DemoFacilities {

    private static final ZoneId ZONE = Application.TOKYO;
    private static final String[][] NAMED = {
        {"ひまわり作業所", "社会福祉法人ひまわり会", "B", "静岡市葵区"},
        {"ワークセンターあおい", "NPO法人あおい", "B", "静岡市駿河区"},
        {"はままつ就労支援センター", "社会福祉法人遠州福祉会", "B", "浜松市中央区"},
        {"ふじのみやワークス", "株式会社ふじ福祉", "A", "富士宮市"},
        {"ぬまづデジタル工房", "一般社団法人ぬまづ", "B", "沼津市"},
        {"いずみ工房", "社会福祉法人いずみ", "B", "三島市"},
        {"かけがわサポート", "NPO法人かけがわ", "B", "掛川市"},
        {"やいづ作業センター", "社会福祉法人やいづ会", "OTHER", "焼津市"}
    };
    private static final String[] TOWNS = {"静岡市清水区", "浜松市浜名区", "磐田市", "藤枝市", "島田市", "富士市", "御殿場市", "袋井市", "伊東市", "湖西市"};

    private final FacilityService facilities;
    private final Matching matching;
    private final AssignmentService assignments;
    private final OfferService offers;

    private final DocumentService documents;

    DemoFacilities(
            FacilityService facilities,
            Matching matching,
            AssignmentService assignments,
            OfferService offers,
            DocumentService documents) {
        this.documents = documents;
        this.offers = offers;
        this.facilities = facilities;
        this.matching = matching;
        this.assignments = assignments;
    }

    void register() {
        Random random = new Random(4L);
        List<SkillOption> skills = facilities.skills();
        for (int i = 0; i < NAMED.length + 24; i++) {
            String[] f = i < NAMED.length
                    ? NAMED[i]
                    : new String[] {
                        TOWNS[i % TOWNS.length].replace("市", "").replace("区", "") + "ワーク" + (i + 1),
                        "社会福祉法人" + TOWNS[i % TOWNS.length].substring(0, 2) + "会",
                        "B",
                        TOWNS[i % TOWNS.length]
                    };
            Facility facility = facilities.register(f[0], f[1], FacilityType.valueOf(f[2]), f[3]);
            SurveyForm s = new SurveyForm();
            boolean pc = i % 3 != 2;
            s.setAcceptsPc(pc);
            s.setAcceptsLight(!pc || i % 2 == 0);
            s.setAcceptsOffsite(i % 5 == 0);
            s.setPcWorkers(pc ? 3 + random.nextInt(12) : 0);
            s.setLightWorkers(5 + random.nextInt(20));
            s.setSupervisors(1 + random.nextInt(4));
            s.setPcs(pc ? 2 + random.nextInt(10) : 0);
            s.setMonthlyCapacityHours(200 + random.nextInt(60) * 10);
            s.setEarliestStart(LocalDate.now(ZONE).plusDays(random.nextInt(30)));
            s.setHub(pc && i % 7 == 0);
            s.setSkillIds(skills.stream()
                    .filter(k -> (k.category() == WorkCategory.PC && pc)
                            || (k.category() == WorkCategory.LIGHT && s.isAcceptsLight())
                            || (k.category() == WorkCategory.OFFSITE && s.isAcceptsOffsite()))
                    .filter(k -> random.nextInt(3) > 0)
                    .map(SkillOption::id)
                    .collect(Collectors.toSet()));
            facilities.saveSurvey(facility.getId(), s, "suzuki");
        }
    }

    /** The two demo facility logins belong to the first two facilities of the list. */
    void linkStaff(UserDirectory users) {
        DemoClock.actAs("suzuki", AppRoles.INTERMEDIARY);
        var rows = facilities.page("", 0, 100);
        rows.stream()
                .filter(r -> r.name().equals(NAMED[0][0]))
                .findFirst()
                .ifPresent(r -> users.linkFacility("himawari", r.id()));
        rows.stream()
                .filter(r -> r.name().equals(NAMED[1][0]))
                .findFirst()
                .ifPresent(r -> users.linkFacility("aoi", r.id()));
    }

    /**
     * Offers the deal to the two facilities whose staff log in (himawari, aoi), so the portal has an offer to
     * answer and a deal FAQ to read. A facility that does not take the kind of work is skipped.
     */
    void offerToStaffFacilities(long dealId) {
        DemoClock.actAs("suzuki", AppRoles.INTERMEDIARY);
        // The job's documents go with the offer: the procedure for the facilities, a note for the office.
        documents.upload(
                AttachedTo.DEAL,
                dealId,
                "作業手順書.pdf",
                Visibility.FACILITIES,
                new ByteArrayInputStream(DemoPdf.onePage("Sagyo tejunsho - work procedure (demo)")));
        documents.upload(
                AttachedTo.DEAL,
                dealId,
                "顧客との打合せメモ.txt",
                Visibility.INTERMEDIARY,
                new ByteArrayInputStream("入力ルール：氏名は全角、電話番号はハイフンなし。判読できない箇所は空欄で納品。\n".getBytes(StandardCharsets.UTF_8)));
        var rows = facilities.page("", 0, 100);
        for (String[] named : new String[][] {NAMED[0], NAMED[1]}) {
            rows.stream().filter(r -> r.name().equals(named[0])).findFirst().ifPresent(r -> {
                try {
                    offers.send(dealId, List.of(r.id()), LocalDate.now(ZONE).plusDays(3));
                } catch (UserFacingException notForThem) {
                    // This facility does not take the work; the other one may.
                }
            });
        }
    }

    /** Confirms the deal's work to the best one or two facilities, as staff would from the workspace. */
    void assign(long dealId, WorkCategory category, Instant at) {
        DemoClock.actAs("suzuki", AppRoles.INTERMEDIARY);
        LocalDate start = LocalDate.ofInstant(at, ZONE).plusDays(7);
        List<Candidate> best =
                matching.rank(new MatchRequest(category, Set.of(), 1, 40, start, start.plusMonths(3), null), 2);
        int quantity = 1000 * best.size();
        assignments.confirm(
                dealId,
                best.stream().map(c -> new Split(c.facilityId(), 1000, 40)).toList(),
                quantity,
                start,
                start.plusMonths(3));
    }
}
