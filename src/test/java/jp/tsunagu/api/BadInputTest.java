package jp.tsunagu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealFilter;
import jp.tsunagu.deal.DealHistoryImport;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.facility.FacilityImport;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Bad input on every way in: script and HTML are stored and returned as the text typed, over-long strings and wrong
 * JSON are refused with a message naming the field, malformed CSV files (wrong encoding, wrong columns, broken quotes,
 * binary, a million rows) get a clear error — and in every case nothing is stored and no stack trace is shown.
 */
@TsunaguTest
class BadInputTest {

    static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=\"alert(1)\">&amp;\"'";
    private static final String PASSWORD = "bad-input-pass-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDirectory users;

    @Autowired
    DealService deals;

    @Autowired
    CustomerService customers;

    @Autowired
    FacilityService facilities;

    @Autowired
    DealHistoryImport history;

    @Autowired
    FacilityImport facilityImport;

    MockMvc mvc;
    String director;
    String staff;

    @BeforeEach
    void users() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        director = TestData.unique("baddir");
        staff = TestData.unique("badint");
        users.create(director, PASSWORD, "入力 確認", AppRoles.DIRECTOR);
        users.create(staff, PASSWORD, "入力 確認", AppRoles.INTERMEDIARY);
    }

    @AfterEach
    void logout() {
        TestData.logout();
    }

    @Test
    void script_and_html_are_kept_and_returned_as_the_text_typed() throws Exception {
        String name = TestData.unique(SCRIPT);
        long customer = id(mvc.perform(post("/api/customers")
                        .param("notADuplicate", "true")
                        .with(httpBasic(director, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("name", name))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        long deal = id(mvc.perform(post("/api/deals")
                        .with(httpBasic(director, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of(
                                "customerId",
                                customer,
                                "title",
                                SCRIPT,
                                "category",
                                "PC",
                                "orderType",
                                "ONE_OFF",
                                "monthlyAmount",
                                1000))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode back = JSON.readTree(mvc.perform(get("/api/deals/" + deal).with(httpBasic(director, PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(back.get("title").asText()).isEqualTo(SCRIPT);
        assertThat(back.get("customerName").asText()).isEqualTo(name);
    }

    @Test
    void over_long_strings_are_refused_by_field_and_nothing_is_stored() throws Exception {
        String huge = "長".repeat(100_000);
        int before = dealCount();
        for (String body : List.of("{\"customerId\":1,\"title\":\"" + huge
                + "\",\"category\":\"PC\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":1}")) {
            JsonNode error = refused(post("/api/deals"), director, body);
            assertThat(error.get("errors").toString()).contains("title");
        }
        assertThat(refused(post("/api/customers"), director, "{\"name\":\"" + huge + "\"}")
                        .get("errors")
                        .toString())
                .contains("name");
        assertThat(refused(post("/api/facilities"), staff, "{\"name\":\"" + huge + "\",\"type\":\"B\"}")
                        .get("errors")
                        .toString())
                .contains("name");
        assertThat(dealCount()).isEqualTo(before);
        TestData.actAs(director, AppRoles.DIRECTOR);
        assertThat(customers.count(huge.substring(0, 50), null)).isZero();
    }

    @Test
    void wrong_json_is_refused_in_words_never_with_a_trace() throws Exception {
        int before = dealCount();
        for (String body : List.of(
                "[1,2,3]",
                "\"just a string\"",
                "{\"title\":{\"nested\":true}}",
                "{not json",
                "{\"customerId\":\"一\",\"title\":\"x\",\"category\":\"PC\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":1}",
                "{\"customerId\":1,\"title\":\"x\",\"category\":\"SPACE\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":1}",
                "{\"customerId\":1,\"title\":\"x\",\"category\":\"PC\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":1e400}",
                "{\"customerId\":99999999999999999999999,\"title\":\"x\",\"category\":\"PC\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":1}",
                "")) {
            refused(post("/api/deals"), director, body);
        }
        assertThat(dealCount()).isEqualTo(before);
        var page = mvc.perform(get("/api/deals").param("size", "-5").with(httpBasic(director, PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        var kpi = mvc.perform(get("/api/kpis/NO_SUCH_KPI/details")
                        .param("fiscalYear", "abc")
                        .with(httpBasic(director, PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(kpi.getStatus()).isBetween(400, 403);
    }

    @Test
    void a_page_number_whose_offset_would_overflow_is_refused_with_a_message() throws Exception {
        for (String list : List.of("/api/deals", "/api/customers", "/api/facilities")) {
            var page = mvc.perform(get(list)
                            .param("page", "2147483647")
                            .param("size", "500")
                            .with(httpBasic(staff, PASSWORD)))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as(list).isEqualTo(400);
            assertThat(JSON.readTree(page.getContentAsString(StandardCharsets.UTF_8))
                            .get("detail")
                            .asText())
                    .as(list)
                    .contains("ページ");
        }
    }

    @Test
    void malformed_csv_files_get_a_clear_error_and_nothing_is_imported() {
        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        int before = dealCount();
        byte[] header = "顧客名,案件名,作業区分,到達段階,発注需要額,受注額,定期,リード日,契約日,失注日,失注理由\n".getBytes(StandardCharsets.UTF_8);
        List<byte[]> files = List.of(
                "顧客名,案件名\n株式会社テスト,入力\n".getBytes(StandardCharsets.UTF_8), // wrong columns
                "顧客名,案件名,作業区分\n株式会社テスト,入力,PC作業\n".getBytes(StandardCharsets.UTF_16LE), // wrong encoding
                concat(
                        header,
                        "株式会社テスト,\"閉じない引用符,PC作業,納品,1,1,はい,2025/04/01,,,\n"
                                .getBytes(StandardCharsets.UTF_8)), // broken quote
                random(200_000), // binary
                new byte[0]); // empty
        for (byte[] file : files) {
            assertRefused(() -> history.preview(file, Locale.JAPANESE).importable());
            assertRefused(() -> history.importAll(file, Locale.JAPANESE));
            TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
            assertRefused(() -> facilityImport.preview(file, Locale.JAPANESE).importable());
            assertRefused(() -> facilityImport.importAll(file, Locale.JAPANESE));
            TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        }
        // A million rows: refused by count (short rows) or by size (real rows), without reading them all into memory.
        byte[] millionShort = concat(header, "a\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        assertMessage(() -> history.preview(millionShort, Locale.JAPANESE), "import.tooManyRows");
        byte[] millionReal = concat(
                header,
                "株式会社テスト,入力,PC作業,納品,1,1,はい,2025/04/01,,,\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        assertMessage(() -> history.preview(millionReal, Locale.JAPANESE), "import.tooLarge");
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        assertMessage(() -> facilityImport.preview(millionReal, Locale.JAPANESE), "import.tooLarge");
        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        assertThat(dealCount()).isEqualTo(before);
    }

    /** A refused request: 400, a JSON message, no trace. Returns the error body. */
    private JsonNode refused(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        var response = mvc.perform(request.with(httpBasic(user, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus())
                .as(body.length() > 80 ? body.substring(0, 80) : body)
                .isEqualTo(400);
        assertThat(text).doesNotContain("Exception").doesNotContain("at jp.").doesNotContain("at org.");
        JsonNode json = JSON.readTree(text);
        assertThat(json.get("detail").asText()).isNotBlank();
        return json;
    }

    /** Either a preview that cannot be imported or a refusal in words; never any other exception. */
    private static void assertRefused(Supplier<Object> call) {
        try {
            Object result = call.get();
            assertThat(result).isEqualTo(false);
        } catch (UserFacingException expected) {
            assertThat(expected.messageKey()).startsWith("import.");
        }
    }

    private static void assertMessage(Supplier<Object> call, String key) {
        try {
            call.get();
            throw new AssertionError("expected " + key);
        } catch (UserFacingException e) {
            assertThat(e.messageKey()).isEqualTo(key);
        }
    }

    private int dealCount() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        int n = deals.count(DealFilter.all());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return n;
    }

    private static long id(String json) throws Exception {
        return JSON.readTree(json).get("id").asLong();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
