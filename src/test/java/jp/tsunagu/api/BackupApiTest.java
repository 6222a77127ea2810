package jp.tsunagu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Backups through the API: only an admin makes and downloads one (the others 403, strangers 401); on a configured
 * PostgreSQL server the app says to use that server's pg_dump instead of pretending.
 */
@TsunaguTest
class BackupApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "backup-api-pass-1";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDirectory users;

    @Test
    void only_an_admin_makes_and_downloads_a_backup() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        String admin = TestData.unique("bkadmin");
        users.create(admin, PASSWORD, "バックアップ 管理", AppRoles.ADMIN);
        for (String role : List.of(AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY)) {
            String name = TestData.unique("bk");
            users.create(name, PASSWORD, "権限 " + role, role);
            assertThat(mvc.perform(post("/api/backups").with(httpBasic(name, PASSWORD)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(post("/api/backups")).andReturn().getResponse().getStatus())
                .isEqualTo(401);

        var made = mvc.perform(post("/api/backups").with(httpBasic(admin, PASSWORD)))
                .andReturn()
                .getResponse();
        String body = made.getContentAsString(StandardCharsets.UTF_8);
        String server = System.getProperty("spring.datasource.url");
        if (server != null && !server.isBlank()) {
            assertThat(made.getStatus()).isEqualTo(400);
            assertThat(JSON.readTree(body).get("detail").asText()).contains("pg_dump");
            return;
        }
        assertThat(made.getStatus()).as(body).isEqualTo(201);
        JsonNode backup = JSON.readTree(body);
        String name = backup.get("name").asText();
        assertThat(name).matches("tsunagu-\\d{8}-\\d{6}\\.zip");
        var file = mvc.perform(get("/api/backups/" + name).with(httpBasic(admin, PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).hasSize(backup.get("bytes").asInt());
        // A zip whose entries are the database's files and the backup label.
        assertThat(new String(file.getContentAsByteArray(), 0, 2, StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        assertThat(mvc.perform(get("/api/backups/" + name).with(httpBasic(admin, "wrong-password-1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/api/backups/no-such.zip").with(httpBasic(admin, PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
