package jp.tsunagu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.audit.AuditFilter;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.audit.AuditRow;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.MyAccount;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An office's first day through {@code /api/users}: the admin creates a director and a facility user (each with a
 * temporary password, shown once, that the person must replace before the API lets them in), resets, disables and
 * unlocks; a disabled user logs in neither on the screen nor on the API; bad input is refused naming the field and
 * changes nothing; every change is in the audit log without a password.
 */
@TsunaguTest
class UserApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "admin-api-password-1";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDirectory users;

    @Autowired
    MyAccount accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    TestData data;

    MockMvc mvc;
    String admin;
    long facility;

    @BeforeEach
    void admin() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        admin = TestData.unique("apiadmin");
        users.create(admin, ADMIN_PASSWORD, "管理 太郎", AppRoles.ADMIN);
        facility = data.facility(TestData.unique("町"));
    }

    @Test
    void the_admin_creates_resets_disables_and_unlocks_accounts_through_the_api() throws Exception {
        String director = TestData.unique("dir");
        JsonNode created = call(
                post("/api/users"),
                201,
                "{\"username\":\"" + director + "\",\"displayName\":\"山田 花子\","
                        + "\"kana\":\"ヤマダ ハナコ\",\"email\":\"hanako@example.jp\",\"role\":\"DIRECTOR\","
                        + "\"organisation\":\"株式会社つなぐ\"}");
        String temporary = created.get("password").asText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);
        // A temporary password opens nothing on the API until the person chose their own on the screen.
        assertThat(status(get("/api/deals"), director, temporary)).isEqualTo(403);
        TestData.actAs(director, AppRoles.DIRECTOR);
        accounts.changeMyPassword(temporary, "my own long passphrase", "my own long passphrase");
        TestData.logout();
        assertThat(status(get("/api/deals"), director, "my own long passphrase"))
                .isEqualTo(200);

        String staff = TestData.unique("staff");
        String staffPassword = call(
                        post("/api/users"),
                        201,
                        "{\"username\":\"" + staff + "\",\"displayName\":\"小林 恵\","
                                + "\"role\":\"FACILITY\",\"facilityId\":" + facility + "}")
                .get("password")
                .asText();
        JsonNode read = call(get("/api/users/" + staff), 200, null);
        assertThat(read.get("facilityId").asLong()).isEqualTo(facility);
        assertThat(read.get("mustChangePassword").asBoolean()).isTrue();

        JsonNode reset = call(post("/api/users/" + director + "/reset-password"), 200, null);
        assertThat(reset.get("password").asText()).isNotEqualTo(temporary);
        assertThat(status(get("/api/deals"), director, "my own long passphrase"))
                .isEqualTo(401);

        call(post("/api/users/" + staff + "/disable"), 200, null);
        assertThat(call(get("/api/users/" + staff), 200, null).get("enabled").asBoolean())
                .isFalse();
        mvc.perform(formLogin("/login").user(staff).password(staffPassword)).andExpect(redirectedUrl("/login?error"));

        String locked = TestData.unique("lock");
        users.create(locked, "locked-user-pass-1", "鍵 次郎", AppRoles.INTERMEDIARY);
        for (int i = 0; i < 5; i++) {
            users.loginFailed(locked, 5, Duration.ofMinutes(15));
        }
        assertThat(status(get("/api/deals"), locked, "locked-user-pass-1")).isEqualTo(401);
        assertThat(call(get("/api/users/" + locked), 200, null).get("locked").asBoolean())
                .isTrue();
        assertThat(call(post("/api/users/" + locked + "/unlock"), 200, null)
                        .get("locked")
                        .asBoolean())
                .isFalse();
        assertThat(status(get("/api/deals"), locked, "locked-user-pass-1")).isEqualTo(200);

        TestData.actAs(admin, AppRoles.ADMIN);
        List<AuditRow> rows = audit.page(new AuditFilter(AuditKind.USER, admin, null, null), 0, 50);
        TestData.logout();
        assertThat(rows).extracting(AuditRow::action).contains("created", "passwordReset", "disabled", "unlocked");
        assertThat(rows)
                .noneMatch(r -> r.detail().contains(temporary) || r.detail().contains("passphrase"));
    }

    @Test
    void a_disabled_user_can_log_in_neither_on_the_screen_nor_on_the_api() throws Exception {
        String person = TestData.unique("gone");
        users.create(person, "gone-user-pass-1", "退職 三郎", AppRoles.DIRECTOR);
        assertThat(status(get("/api/deals"), person, "gone-user-pass-1")).isEqualTo(200);
        call(post("/api/users/" + person + "/disable"), 200, null);
        assertThat(status(get("/api/deals"), person, "gone-user-pass-1")).isEqualTo(401);
        mvc.perform(formLogin("/login").user(person).password("gone-user-pass-1"))
                .andExpect(redirectedUrl("/login?error"));
        call(post("/api/users/" + person + "/enable"), 200, null);
        assertThat(status(get("/api/deals"), person, "gone-user-pass-1")).isEqualTo(200);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_created() throws Exception {
        String taken = TestData.unique("taken");
        users.create(taken, "taken-user-pass-1", "既存 四郎", AppRoles.DIRECTOR);
        JsonNode bad = call(
                post("/api/users"),
                400,
                "{\"username\":\"a b\",\"displayName\":\"\",\"role\":\"DIRECTOR\"," + "\"email\":\"not-mail\"}");
        assertThat(bad.get("errors").toString())
                .contains("username")
                .contains("displayName")
                .contains("email");
        JsonNode twice = call(
                post("/api/users"),
                400,
                "{\"username\":\"" + taken + "\",\"displayName\":\"二人目\"," + "\"role\":\"DIRECTOR\"}");
        assertThat(twice.get("detail").asText()).isEqualTo("このユーザー名はすでに使われています");
        assertThat(twice.get("errors").get(0).asText()).startsWith("username:");
        JsonNode noFacility = call(
                post("/api/users"),
                400,
                "{\"username\":\"" + TestData.unique("nf") + "\",\"displayName\":\"職員\",\"role\":\"FACILITY\"}");
        assertThat(noFacility.get("detail").asText()).isEqualTo("所属事業所を選んでください");
        call(put("/api/users/" + admin), 400, "{\"displayName\":\"管理 太郎\",\"role\":\"DIRECTOR\"}");
        assertThat(call(get("/api/users/" + admin), 200, null).get("role").asText())
                .isEqualTo("ADMIN");
        assertThat(call(get("/api/users/nobody-here"), 404, null).get("detail").asText())
                .isEqualTo("このユーザーは見つかりません");
    }

    @Test
    void intermediary_staff_manage_facility_staff_only() throws Exception {
        String staffMember = TestData.unique("mid");
        users.create(staffMember, "intermediary-pass-1", "中間 五郎", AppRoles.INTERMEDIARY);
        String body = "{\"username\":\"" + TestData.unique("dir") + "\",\"displayName\":\"越権\",\"role\":\"DIRECTOR\"}";
        var refused = mvc.perform(json(post("/api/users"), body).with(httpBasic(staffMember, "intermediary-pass-1")))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("事業所職員のアカウントだけ");
        var other = mvc.perform(get("/api/users/" + admin).with(httpBasic(staffMember, "intermediary-pass-1")))
                .andReturn()
                .getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        var staff = mvc.perform(json(
                                post("/api/users"),
                                "{\"username\":\"" + TestData.unique("fs")
                                        + "\",\"displayName\":\"職員 六子\",\"role\":\"FACILITY\",\"facilityId\":"
                                        + facility + "}")
                        .with(httpBasic(staffMember, "intermediary-pass-1")))
                .andReturn()
                .getResponse();
        assertThat(staff.getStatus()).isEqualTo(201);
    }

    private JsonNode call(MockHttpServletRequestBuilder request, int expected, String body) throws Exception {
        var response = mvc.perform(
                        (body == null ? request : json(request, body)).with(httpBasic(admin, ADMIN_PASSWORD)))
                .andReturn()
                .getResponse();
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(text).isEqualTo(expected);
        return JSON.readTree(text);
    }

    private int status(MockHttpServletRequestBuilder request, String user, String password) throws Exception {
        return mvc.perform(request.with(httpBasic(user, password)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
