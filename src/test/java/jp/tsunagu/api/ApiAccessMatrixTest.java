package jp.tsunagu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.documents.Visibility;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every {@code /api} endpoint tried by every role and without credentials: the allowed roles get 2xx, the others 403
 * with a JSON message, strangers 401; nothing is created by a refused POST. Facility staff read only their own facility.
 */
@TsunaguTest
class ApiAccessMatrixTest {

    private static final String PASSWORD = "matrix-pass-1";
    private static final String D = AppRoles.DIRECTOR;
    private static final String I = AppRoles.INTERMEDIARY;
    private static final String S = AppRoles.SUPERVISOR;
    private static final String A = AppRoles.ADMIN;
    private static final String F = AppRoles.FACILITY;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDirectory users;

    @Autowired
    TestData data;

    @Autowired
    OfferService offers;

    @Autowired
    DocumentService documents;

    /** A procedure the office shared with the facilities on the offered deal, and a file the facility added. */
    long sharedDocument;
    /** A notice's mail that failed for good, for the admins' retry. */
    long failedDelivery;

    @Autowired
    JdbcTemplate jdbc;

    long facilityDocument;

    MockMvc mvc;
    long offeredDeal;
    long offer;
    long batch;
    final Map<String, String> userOf = new LinkedHashMap<>();
    long facility;
    long otherFacility;
    long deal;
    long customer;

    @BeforeEach
    void set_up() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        facility = data.facility(TestData.unique("町"));
        otherFacility = data.facility(TestData.unique("町"));
        TestData.actAs(TestData.unique("dir"), D);
        deal = data.deal(TestData.unique("API権限"), WorkCategory.PC);
        customer = data.customer();
        TestData.actAs(TestData.unique("dir"), D);
        offeredDeal = data.dealAtAssignment(TestData.unique("API権限オファー"), WorkCategory.PC);
        sharedDocument = documents
                .upload(AttachedTo.DEAL, offeredDeal, "手順書.pdf", Visibility.FACILITIES, new ByteArrayInputStream(PDF))
                .id();
        TestData.actAs(TestData.unique("staff"), I);
        offers.send(offeredDeal, List.of(facility), LocalDate.now().plusDays(3));
        TestData.actAs("apimx-fac", F, AppRoles.facilityGroup(facility));
        offer = offers.mine().stream()
                .filter(o -> o.dealId() == offeredDeal)
                .findFirst()
                .orElseThrow()
                .id();
        facilityDocument = documents
                .upload(AttachedTo.OFFER, offer, "見本.pdf", null, new ByteArrayInputStream(PDF))
                .id();
        batch = data.openBatch(facility);
        TestData.logout();
        failedDelivery = jdbc.queryForObject(
                "insert into notice_outbox (channel, address, subject, body_text, status, "
                        + "attempts, next_attempt_at, created_at) values ('MAIL', 'x@example.jp', '件名', '本文', 'FAILED', 8, now(), "
                        + "now()) returning id",
                Long.class);
        for (String role : List.of(D, I, S, A, F)) {
            String name = TestData.unique("apimx");
            users.create(name, PASSWORD, "権限 " + role, role);
            if (role.equals(F)) {
                users.linkFacility(name, facility);
            }
            userOf.put(role, name);
        }
        staffAccount = TestData.unique("apimx-staff");
        users.create(staffAccount, PASSWORD, "権限 職員", F);
        users.linkFacility(staffAccount, facility);
    }

    /** The reward table the database is seeded with (令和6年度, 7.5:1, up to 20 places). */
    private long seededTable() {
        return jdbc.queryForObject(
                "select id from reward_table where staffing = '7.5:1' and places_max = 20"
                        + " and valid_from = date '2024-04-01'",
                Long.class);
    }

    /** A facility staff account: admins and intermediary staff may manage it, nobody else. */
    String staffAccount;

    private String staffJson(String login) {
        return "{\"username\":\"" + login + "\",\"displayName\":\"権限 職員\",\"role\":\"FACILITY\",\"facilityId\":"
                + facility + "}";
    }

    /** One endpoint: the request (fresh each time, a POST with a valid body) and the roles that may call it. */
    record Endpoint(String name, Supplier<MockHttpServletRequestBuilder> request, Set<String> allowed) {}

    private List<Endpoint> endpoints() {
        return List.of(
                // Documents first: the facility's answer further down declines the offer, and takes it off the deal.
                new Endpoint(
                        "GET /api/deals/{id}/documents",
                        () -> get("/api/deals/" + offeredDeal + "/documents"),
                        Set.of(D, I, S, A, F)),
                new Endpoint(
                        "GET /api/documents",
                        () -> get("/api/documents").param("attachedTo", "OFFER").param("id", String.valueOf(offer)),
                        Set.of(D, I, S, A, F)),
                new Endpoint(
                        "POST /api/documents",
                        () -> multipart("/api/documents")
                                .file(pdf(TestData.unique("追加資料") + ".pdf"))
                                .param("attachedTo", "DEAL")
                                .param("id", String.valueOf(offeredDeal))
                                .param("visibility", "FACILITIES"),
                        Set.of(D, I, S, A, F)),
                new Endpoint(
                        "GET /api/documents/{id}",
                        () -> get("/api/documents/" + sharedDocument),
                        Set.of(D, I, S, A, F)),
                new Endpoint(
                        "GET /api/documents/{id}/content",
                        () -> get("/api/documents/" + sharedDocument + "/content"),
                        Set.of(D, I, S, A, F)),
                new Endpoint(
                        "POST /api/documents/{id}/versions",
                        () -> multipart("/api/documents/" + facilityDocument + "/versions")
                                .file(pdf("見本.pdf")),
                        Set.of(D, I, S, A, F)),
                new Endpoint("GET /api/kpis", () -> get("/api/kpis").param("fiscalYear", "2026"), Set.of(S, A)),
                new Endpoint(
                        "GET /api/kpis/{code}/details",
                        () -> get("/api/kpis/LEAD_CUSTOMERS/details").param("fiscalYear", "2026"),
                        Set.of(S, A)),
                new Endpoint("GET /api/deals", () -> get("/api/deals"), Set.of(D, I, S)),
                new Endpoint("GET /api/deals/{id}", () -> get("/api/deals/" + deal), Set.of(D, I, S)),
                new Endpoint(
                        "POST /api/deals",
                        () -> json(
                                post("/api/deals"),
                                "{\"customerId\":" + customer
                                        + ",\"title\":\"権限確認\",\"category\":\"PC\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":1000}"),
                        Set.of(D)),
                new Endpoint(
                        "PUT /api/deals/{id}/priority",
                        () -> json(put("/api/deals/" + deal + "/priority"), "{\"priority\":\"NORMAL\"}"),
                        Set.of(D, S)),
                new Endpoint("GET /api/customers", () -> get("/api/customers"), Set.of(D, I, S)),
                new Endpoint("GET /api/customers/{id}", () -> get("/api/customers/" + customer), Set.of(D, I, S)),
                new Endpoint(
                        "POST /api/customers",
                        () -> json(
                                post("/api/customers").param("notADuplicate", "true"),
                                "{\"name\":\"" + TestData.unique("権限顧客") + "\"}"),
                        Set.of(D, S)),
                new Endpoint("GET /api/facilities", () -> get("/api/facilities"), Set.of(D, I, S, A)),
                new Endpoint(
                        "GET /api/facilities/{id}", () -> get("/api/facilities/" + facility), Set.of(D, I, S, A, F)),
                new Endpoint(
                        "GET /api/facilities/{id}/wage-tier",
                        () -> get("/api/facilities/" + facility + "/wage-tier"),
                        Set.of(D, I, S, A, F)),
                new Endpoint(
                        "GET /api/facilities/{id}/wage-tier/months",
                        () -> get("/api/facilities/" + facility + "/wage-tier/months"),
                        Set.of(D, I, S, A, F)),
                new Endpoint(
                        "PUT /api/facilities/{id}/wage-tier/profile",
                        () -> json(
                                put("/api/facilities/" + facility + "/wage-tier/profile"),
                                "{\"staffing\":\"7.5:1\",\"places\":20,\"wageTarget\":25000}"),
                        Set.of(I, F)),
                new Endpoint(
                        "PUT /api/facilities/{id}/wage-tier/months/{month}",
                        () -> json(
                                put("/api/facilities/" + facility + "/wage-tier/months/2026-04"),
                                "{\"wagesPaid\":150000,\"userDays\":150,\"daysOpen\":20}"),
                        Set.of(I, F)),
                new Endpoint(
                        "GET /api/deals/{dealId}/wage-tier-outlook",
                        () -> get("/api/deals/" + offeredDeal + "/wage-tier-outlook")
                                .param("facilityIds", String.valueOf(facility)),
                        Set.of(D, I, S, F)),
                new Endpoint("GET /api/reward-tables", () -> get("/api/reward-tables"), Set.of(D, I, S, A, F)),
                new Endpoint("GET /api/pause-reasons", () -> get("/api/pause-reasons"), Set.of(D, I, S, A)),
                new Endpoint(
                        "GET /api/process-map",
                        () -> get("/api/process-map")
                                .param("from", "2026-04-01")
                                .param("to", "2026-12-01"),
                        Set.of(S)),
                new Endpoint(
                        "GET /api/process-map/deals",
                        () -> get("/api/process-map/deals").param("activity", "assignFacilities"),
                        Set.of(S)),
                new Endpoint("GET /api/process-map/diagram", () -> get("/api/process-map/diagram"), Set.of(S)),
                new Endpoint(
                        "GET /api/deals/{dealId}/offer-forecast",
                        () -> get("/api/deals/" + offeredDeal + "/offer-forecast")
                                .param("facilityIds", String.valueOf(facility))
                                .param("answerBy", "2026-12-20"),
                        Set.of(I, S)),
                new Endpoint(
                        "POST /api/pause-reasons",
                        () -> json(
                                post("/api/pause-reasons"),
                                "{\"labelJa\":\"" + TestData.unique("検収待ち")
                                        + "\",\"labelEn\":\"Waiting\",\"chargedTo\":\"CUSTOMER\",\"needsText\":false}"),
                        Set.of(A)),
                new Endpoint(
                        "PUT /api/pause-reasons/{code}",
                        () -> json(
                                put("/api/pause-reasons/MATERIALS"),
                                "{\"labelJa\":\"資料・材料の到着待ち\",\"labelEn\":\"Waiting for materials\","
                                        + "\"chargedTo\":\"CUSTOMER\",\"needsText\":false,\"active\":true}"),
                        Set.of(A)),
                new Endpoint(
                        "GET /api/sla/pause-charges",
                        () -> get("/api/sla/pause-charges")
                                .param("from", "2026-04-01")
                                .param("to", "2027-03-31"),
                        Set.of(S, A)),
                new Endpoint(
                        "PUT /api/reward-tables/{id}/bands/{wageFrom}",
                        () -> json(put("/api/reward-tables/" + seededTable() + "/bands/20000"), "{\"units\":637}"),
                        Set.of(A)),
                new Endpoint(
                        "POST /api/reward-tables/{id}/revisions",
                        () -> json(
                                post("/api/reward-tables/" + seededTable() + "/revisions"),
                                "{\"name\":\"権限確認の改定\",\"validFrom\":\""
                                        + LocalDate.of(2100, 1, 1)
                                                .plusDays(ThreadLocalRandom.current()
                                                        .nextInt(300_000))
                                        + "\"}"),
                        Set.of(A)),
                new Endpoint(
                        "POST /api/facilities",
                        () -> json(
                                post("/api/facilities"),
                                "{\"name\":\"" + TestData.unique("権限作業所")
                                        + "\",\"type\":\"B\",\"municipality\":\"静岡市\"}"),
                        Set.of(I)),
                new Endpoint("GET /api/users", () -> get("/api/users"), Set.of(A, I)),
                new Endpoint("GET /api/users/{login}", () -> get("/api/users/" + staffAccount), Set.of(A, I)),
                new Endpoint(
                        "POST /api/users",
                        () -> json(post("/api/users"), staffJson(TestData.unique("apimx-new"))),
                        Set.of(A, I)),
                new Endpoint(
                        "PUT /api/users/{login}",
                        () -> json(put("/api/users/" + staffAccount), staffJson(staffAccount)),
                        Set.of(A, I)),
                new Endpoint(
                        "POST /api/users/{login}/disable",
                        () -> post("/api/users/" + staffAccount + "/disable"),
                        Set.of(A, I)),
                new Endpoint(
                        "POST /api/users/{login}/enable",
                        () -> post("/api/users/" + staffAccount + "/enable"),
                        Set.of(A, I)),
                new Endpoint(
                        "POST /api/users/{login}/unlock",
                        () -> post("/api/users/" + staffAccount + "/unlock"),
                        Set.of(A, I)),
                new Endpoint(
                        "POST /api/users/{login}/reset-password",
                        () -> post("/api/users/" + staffAccount + "/reset-password"),
                        Set.of(A, I)),
                new Endpoint("GET /api/backups", () -> get("/api/backups"), Set.of(A)),
                new Endpoint("GET /api/offers", () -> get("/api/offers"), Set.of(F)),
                new Endpoint("GET /api/offers/{id}", () -> get("/api/offers/" + offer), Set.of(F)),
                new Endpoint(
                        "POST /api/offers/{id}/answer",
                        () -> json(
                                post("/api/offers/" + offer + "/answer"),
                                "{\"answer\":\"DECLINED\",\"declineReason\":\"繁忙期で人手が足りない\"}"),
                        Set.of(F)),
                new Endpoint(
                        "GET /api/jobs/{dealId}/batches",
                        () -> get("/api/jobs/" + offeredDeal + "/batches"),
                        Set.of(F)),
                new Endpoint(
                        "POST /api/batches/{id}/report",
                        () -> json(
                                post("/api/batches/" + batch + "/report"),
                                "{\"pieces\":100,\"workers\":2,\"hours\":12.5}"),
                        Set.of(F)),
                new Endpoint(
                        "GET /api/deals/{id}/comments", () -> get("/api/deals/" + deal + "/comments"), Set.of(D, I, S)),
                new Endpoint(
                        "POST /api/deals/{id}/comments",
                        () -> json(post("/api/deals/" + deal + "/comments"), "{\"text\":\"顧客に納期を確認済み\"}"),
                        Set.of(D, I, S)),
                new Endpoint("GET /api/notices", () -> get("/api/notices"), Set.of(D, I, S, A, F)),
                new Endpoint(
                        "GET /api/notices/preferences", () -> get("/api/notices/preferences"), Set.of(D, I, S, A, F)),
                new Endpoint(
                        "PUT /api/notices/preferences/{kind}",
                        () -> json(put("/api/notices/preferences/QUESTION"), "{\"delivery\":\"DIGEST\"}"),
                        Set.of(D, I, S, A, F)),
                new Endpoint(
                        "PUT /api/notices/digest-time",
                        () -> json(put("/api/notices/digest-time"), "{\"time\":\"07:45\"}"),
                        Set.of(D, I, S, A, F)),
                new Endpoint("GET /api/notices/channels", () -> get("/api/notices/channels"), Set.of(D, I, S, A, F)),
                new Endpoint(
                        "POST /api/notices/channels",
                        () -> json(
                                post("/api/notices/channels"),
                                "{\"kind\":\"SLACK\",\"label\":\"自分の通知\",\"url\":\"https://hooks.example.jp/x\"}"),
                        Set.of(D, I, S, A, F)),
                new Endpoint("GET /api/notices/shared-channels", () -> get("/api/notices/shared-channels"), Set.of(A)),
                new Endpoint(
                        "POST /api/notices/shared-channels",
                        () -> json(
                                post("/api/notices/shared-channels"),
                                "{\"organisation\":\"INTERMEDIARY\",\"channel\":{\"kind\":\"JSON\",\"label\":\"中間支援\","
                                        + "\"url\":\"https://hooks.example.jp/y\"}}"),
                        Set.of(A)),
                new Endpoint("GET /api/notices/deliveries", () -> get("/api/notices/deliveries"), Set.of(A)),
                new Endpoint(
                        "POST /api/notices/deliveries/{id}/retry",
                        () -> post("/api/notices/deliveries/" + failedDelivery + "/retry"),
                        Set.of(A)),
                new Endpoint("POST /api/calendar-feed", () -> post("/api/calendar-feed"), Set.of(D, I, S, A, F)),
                new Endpoint("DELETE /api/calendar-feed", () -> delete("/api/calendar-feed"), Set.of(D, I, S, A, F)),
                new Endpoint("GET /api/search", () -> get("/api/search").param("q", "権限確認"), Set.of(D, I, S, F)),
                new Endpoint("GET /api/tasks", () -> get("/api/tasks").param("scope", "GROUP"), Set.of(D, I, S, F)),
                new Endpoint(
                        "POST /api/tasks/claim",
                        () -> json(post("/api/tasks/claim"), "{\"taskIds\":[]}"),
                        Set.of(D, I, S, F)),
                new Endpoint(
                        "POST /api/tasks/release",
                        () -> json(post("/api/tasks/release"), "{\"taskIds\":[]}"),
                        Set.of(D, I, S, F)),
                new Endpoint(
                        "POST /api/tasks/reassign",
                        () -> json(post("/api/tasks/reassign"), "{\"taskIds\":[],\"assignee\":\"nobody\"}"),
                        Set.of(S)),
                new Endpoint("GET /api/inbox-views", () -> get("/api/inbox-views"), Set.of(D, I, S)),
                new Endpoint(
                        "POST /api/inbox-views",
                        () -> json(
                                post("/api/inbox-views"),
                                "{\"name\":\"" + TestData.unique("期限超過")
                                        + "\",\"scope\":\"MINE\",\"overdueOnly\":true}"),
                        Set.of(D, I, S)),
                new Endpoint("GET /api/me/absence", () -> get("/api/me/absence"), Set.of(D, I, S, A, F)),
                new Endpoint("DELETE /api/me/absence", () -> delete("/api/me/absence"), Set.of(D, I, S, A, F)),
                new Endpoint("GET /v3/api-docs", () -> get("/v3/api-docs"), Set.of(D, I, S, A, F)));
    }

    @Test
    void only_the_allowed_roles_get_through_every_endpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            int anonymous =
                    mvc.perform(e.request().get()).andReturn().getResponse().getStatus();
            if (anonymous != 401) {
                wrong.add("anonymous → " + e.name() + ": " + anonymous);
            }
            for (var user : userOf.entrySet()) {
                var response = mvc.perform(e.request().get().with(httpBasic(user.getValue(), PASSWORD)))
                        .andReturn()
                        .getResponse();
                int status = response.getStatus();
                boolean allowed = e.allowed().contains(user.getKey());
                if (allowed ? status / 100 != 2 : status != 403) {
                    wrong.add(user.getKey() + " → " + e.name() + ": " + status + " "
                            + response.getContentAsString(StandardCharsets.UTF_8));
                } else if (!allowed) {
                    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                            .contains("\"status\":403")
                            .doesNotContain("Exception")
                            .doesNotContain("at jp.");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_follow_up_is_set_by_the_tasks_holder_only_and_an_absence_needs_a_colleague_of_the_same_role()
            throws Exception {
        String director = userOf.get(D);
        TestData.actAs(director, D);
        long own = data.deal(TestData.unique("API次に見る日"), WorkCategory.PC);
        TestData.logout();
        String taskId = jdbc.queryForObject(
                "select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = "
                        + "t.proc_inst_id_ where e.business_key_ = ?",
                String.class,
                String.valueOf(own));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7).toString();
        var set = mvc.perform(json(put("/api/tasks/" + taskId + "/follow-up"), "{\"on\":\"" + tomorrow + "\"}")
                        .with(httpBasic(director, PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(set.getStatus()).isEqualTo(204);
        String other = TestData.unique("apimx-dir");
        users.create(other, PASSWORD, "別のディレクター", D);
        var refused = mvc.perform(json(put("/api/tasks/" + taskId + "/follow-up"), "{\"on\":\"" + tomorrow + "\"}")
                        .with(httpBasic(other, PASSWORD)))
                .andReturn()
                .getResponse();
        // Someone else holds it: a conflict, not a bad request.
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(mvc.perform(json(put("/api/tasks/" + taskId + "/follow-up"), "{\"on\":null}")
                                .with(httpBasic(userOf.get(A), PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        var away = mvc.perform(json(
                                put("/api/me/absence"),
                                "{\"substitute\":\"" + other + "\",\"firstDay\":\"" + today + "\",\"lastDay\":\""
                                        + today + "\"}")
                        .with(httpBasic(director, PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(away.getStatus()).isEqualTo(200);
        assertThat(away.getContentAsString(StandardCharsets.UTF_8)).contains("\"substituteName\":\"別のディレクター\"");
        var wrongRole = mvc.perform(json(
                                put("/api/me/absence"),
                                "{\"substitute\":\"" + userOf.get(I) + "\",\"firstDay\":\"" + today
                                        + "\",\"lastDay\":\"" + today + "\"}")
                        .with(httpBasic(director, PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(wrongRole.getStatus()).isEqualTo(400);
        assertThat(wrongRole.getContentAsString(StandardCharsets.UTF_8)).contains("同じ役割");
    }

    @Test
    void facility_staff_never_reach_another_facilitys_offer_or_batch() throws Exception {
        String stranger = TestData.unique("apimx-other");
        users.create(stranger, PASSWORD, "他の事業所", F);
        users.linkFacility(stranger, otherFacility);
        for (var request : List.of(
                get("/api/offers/" + offer),
                post("/api/offers/" + offer + "/answer")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\":\"DECLINED\",\"declineReason\":\"x\"}"),
                post("/api/batches/" + batch + "/report")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pieces\":1,\"workers\":1,\"hours\":1}"))) {
            var response = mvc.perform(request.with(httpBasic(stranger, PASSWORD)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(404);
        }
        TestData.actAs("apimx-fac", F, AppRoles.facilityGroup(facility));
        assertThat(offers.mineOne(offer).status()).as("nothing answered").isEqualTo(OfferStatus.SENT);
        TestData.logout();
    }

    @Test
    void a_facility_not_on_the_deal_finds_none_of_its_documents_and_only_the_uploader_or_an_admin_deletes()
            throws Exception {
        String stranger = TestData.unique("apimx-other");
        users.create(stranger, PASSWORD, "他の事業所", F);
        users.linkFacility(stranger, otherFacility);
        for (var request : List.of(
                get("/api/deals/" + offeredDeal + "/documents"),
                get("/api/documents/" + sharedDocument),
                get("/api/documents/" + sharedDocument + "/content"),
                get("/api/documents").param("attachedTo", "OFFER").param("id", String.valueOf(offer)),
                multipart("/api/documents")
                        .file(pdf("x.pdf"))
                        .param("attachedTo", "DEAL")
                        .param("id", String.valueOf(offeredDeal)),
                multipart("/api/documents/" + facilityDocument + "/versions").file(pdf("見本.pdf")),
                delete("/api/documents/" + facilityDocument))) {
            var response = mvc.perform(request.with(httpBasic(stranger, PASSWORD)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(request.toString()).isEqualTo(404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("手順書");
        }
        var noFile = mvc.perform(multipart("/api/documents")
                        .param("attachedTo", "DEAL")
                        .param("id", String.valueOf(offeredDeal))
                        .with(httpBasic(userOf.get(D), PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(noFile.getContentAsString(StandardCharsets.UTF_8)).contains("file: ファイルを添付してください");
        var notYours = mvc.perform(delete("/api/documents/" + sharedDocument).with(httpBasic(userOf.get(I), PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(notYours.getStatus()).isEqualTo(400);
        assertThat(notYours.getContentAsString(StandardCharsets.UTF_8)).contains("登録した人");
        assertThat(mvc.perform(delete("/api/documents/" + sharedDocument).with(httpBasic(userOf.get(A), PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        var gone = mvc.perform(
                        get("/api/documents/" + sharedDocument + "/content").with(httpBasic(userOf.get(D), PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(gone.getStatus()).isEqualTo(404);
    }

    @Test
    void a_chat_channel_is_removed_by_its_owner_or_an_admin_and_not_found_by_anyone_else() throws Exception {
        for (String owner : List.of(D, F)) {
            var created = mvc.perform(json(
                                    post("/api/notices/channels"),
                                    "{\"kind\":\"JSON\",\"label\":\"私の通知\","
                                            + "\"url\":\"https://hooks.example.jp/z\"}")
                            .with(httpBasic(userOf.get(owner), PASSWORD)))
                    .andReturn()
                    .getResponse();
            assertThat(created.getStatus()).isEqualTo(201);
            long id = new ObjectMapper()
                    .readTree(created.getContentAsString())
                    .get("id")
                    .asLong();
            String stranger = owner.equals(D) ? userOf.get(I) : userOf.get(D);
            assertThat(mvc.perform(delete("/api/notices/channels/" + id).with(httpBasic(stranger, PASSWORD)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            String remover = owner.equals(D) ? userOf.get(D) : userOf.get(A);
            assertThat(mvc.perform(delete("/api/notices/channels/" + id).with(httpBasic(remover, PASSWORD)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(204);
        }
        var bad = mvc.perform(json(
                                post("/api/notices/channels"),
                                "{\"kind\":\"SLACK\",\"label\":\"x\"," + "\"url\":\"http://intranet.example.jp/hook\"}")
                        .with(httpBasic(userOf.get(D), PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("url: https:// で始まる URL");
    }

    @Test
    void a_download_keeps_the_japanese_file_name() throws Exception {
        var response = mvc.perform(
                        get("/api/documents/" + sharedDocument + "/content").with(httpBasic(userOf.get(F), PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''%E6%89%8B%E9%A0%86%E6%9B%B8.pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("file", name, "application/pdf", PDF);
    }

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void facility_staff_read_their_own_facility_only() throws Exception {
        var other = mvc.perform(get("/api/facilities/" + otherFacility).with(httpBasic(userOf.get(F), PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("静岡");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder post, String body) {
        return post.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
