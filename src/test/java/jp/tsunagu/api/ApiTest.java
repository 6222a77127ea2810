package jp.tsunagu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.kpi.Kpi;
import jp.tsunagu.kpi.KpiFilter;
import jp.tsunagu.kpi.KpiReport;
import jp.tsunagu.kpi.KpiService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API through the real security filters: the same users and roles as the screens, the same KPI figures as
 * the dashboard, JSON errors in Japanese without stack traces, and the OpenAPI description for signed-in users.
 */
@TsunaguTest
class ApiTest {

    private static final String PASSWORD = "api-test-pass-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDirectory users;

    @Autowired
    KpiService kpis;

    MockMvc mvc;
    String supervisor;
    String director;
    String intermediary;

    @BeforeEach
    void users() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        supervisor = TestData.unique("apisup");
        director = TestData.unique("apidir");
        intermediary = TestData.unique("apiint");
        users.create(supervisor, PASSWORD, "API統括", AppRoles.SUPERVISOR);
        users.create(director, PASSWORD, "APIディレクター", AppRoles.DIRECTOR);
        users.create(intermediary, PASSWORD, "API中間支援", AppRoles.INTERMEDIARY);
    }

    @Test
    void the_kpis_are_the_dashboards_figures_for_the_same_year() throws Exception {
        String body = mvc.perform(get("/api/kpis").param("fiscalYear", "2026").with(httpBasic(supervisor, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(body);
        TestData.actAs(supervisor, AppRoles.SUPERVISOR);
        KpiReport screen = kpis.report(KpiFilter.year(2026));
        TestData.logout();
        assertThat(json.get("figures")).hasSize(Kpi.values().length);
        for (JsonNode f : json.get("figures")) {
            Kpi kpi = Kpi.valueOf(f.get("code").asText());
            Double expected = screen.actual().get(kpi);
            if (expected == null) {
                assertThat(f.get("actual").isNull()).as(kpi.name()).isTrue();
            } else {
                assertThat(f.get("actual").asDouble()).as(kpi.name()).isEqualTo(expected);
            }
        }
        assertThat(json.get("figures").get(0).get("name").asText()).isEqualTo("リード社数");
    }

    @Test
    void only_the_allowed_roles_get_through_and_strangers_get_401() throws Exception {
        mvc.perform(get("/api/kpis").param("fiscalYear", "2026")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/kpis").param("fiscalYear", "2026").with(httpBasic(supervisor, "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/kpis").param("fiscalYear", "2026").with(httpBasic(director, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/deals").with(httpBasic(intermediary, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/facilities").with(httpBasic(director, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/customers").with(httpBasic(director, PASSWORD))).andExpect(status().isOk());
        // Creating a deal is the director's; the intermediary is refused and nothing is created.
        String deal =
                "{\"customerId\":%d,\"title\":\"API案件\",\"category\":\"PC\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":50000}";
        String customer = mvc.perform(post("/api/customers")
                        .param("notADuplicate", "true")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + TestData.unique("API顧客") + "\"}")
                        .with(httpBasic(director, PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long customerId = JSON.readTree(customer).get("id").asLong();
        mvc.perform(post("/api/deals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(deal.formatted(customerId))
                        .with(httpBasic(intermediary, PASSWORD)))
                .andExpect(status().isForbidden());
        String created = mvc.perform(post("/api/deals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(deal.formatted(customerId))
                        .with(httpBasic(director, PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = JSON.readTree(created).get("id").asLong();
        String one = mvc.perform(get("/api/deals/" + id).with(httpBasic(director, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(one).get("title").asText()).isEqualTo("API案件");
        assertThat(JSON.readTree(one).get("stage").asText()).isEqualTo("LEAD");
    }

    @Test
    void bad_input_gets_a_clear_json_message_and_changes_nothing() throws Exception {
        String wrongType = mvc.perform(post("/api/deals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":1,\"title\":\"x\",\"category\":\"PC\",\"monthlyAmount\":\"たくさん\"}")
                        .with(httpBasic(director, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(wrongType).get("detail").asText()).startsWith("リクエストを読み取れません");
        assertThat(wrongType).doesNotContain("Exception").doesNotContain("at jp.");
        String invalid = mvc.perform(post("/api/deals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"customerId\":1,\"title\":\"\",\"category\":\"PC\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":-1}")
                        .with(httpBasic(director, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(invalid).get("errors").toString())
                .contains("title")
                .contains("monthlyAmount");
        String english = mvc.perform(get("/api/kpis")
                        .param("fiscalYear", "1800")
                        .header("Accept-Language", "en")
                        .with(httpBasic(supervisor, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(english).get("detail").asText()).isEqualTo("Choose a fiscal year from 2000 to 2100");
        mvc.perform(get("/api/kpis").param("fiscalYear", "今年").with(httpBasic(supervisor, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/deals").param("size", "100000").with(httpBasic(director, PASSWORD)))
                .andExpect(status().isBadRequest());
        String missing = mvc.perform(get("/api/deals/999999999").with(httpBasic(director, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(missing).get("status").asInt()).isEqualTo(404);
        assertThat(JSON.readTree(missing).get("title").asText()).isEqualTo("Not Found");
        assertThat(JSON.readTree(missing).get("detail").asText()).isEqualTo("案件（ID 999999999）が見つかりません");
        String anonymous = mvc.perform(get("/api/deals"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(anonymous).get("detail").asText()).startsWith("ログインが必要です");
    }

    @Test
    void the_openapi_description_lists_the_endpoints_for_signed_in_users() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        String doc = mvc.perform(get("/v3/api-docs").with(httpBasic(director, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode paths = JSON.readTree(doc).get("paths");
        assertThat(paths.has("/api/kpis")).isTrue();
        assertThat(paths.has("/api/kpis/{code}/details")).isTrue();
        assertThat(paths.has("/api/deals")).isTrue();
        assertThat(paths.has("/api/customers")).isTrue();
        assertThat(paths.has("/api/facilities/{id}")).isTrue();
        assertThat(paths.has("/api/users")).isTrue();
        assertThat(paths.has("/api/users/{login}/reset-password")).isTrue();
    }
}
