package jp.tsunagu.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jp.tsunagu.base.EmbeddedDatabaseConfig.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database of the default run, as people keep it in ./data: durable (fsync and synchronous commit on), reached
 * on 127.0.0.1 only, and only with the random password kept beside it for its owner's eyes; locked again after a
 * restart, and a data directory from an earlier version, open to all, is locked on its next start.
 */
class EmbeddedDatabaseLockTest {

    @TempDir
    Path folder;

    @Test
    void the_kept_database_refuses_a_connection_without_its_password_and_writes_durably() throws Exception {
        Path dataDir = folder.resolve("pg");
        String password;
        try (EmbeddedDatabase db = new EmbeddedDatabaseConfig().embeddedDatabase(dataDir.toString(), true)) {
            password = db.password();
            Path file = folder.resolve("db-password");
            assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "wrong")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", password)) {
                assertThat(setting(c, "fsync")).isEqualTo("on");
                assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(c, "full_page_writes")).isEqualTo("on");
                assertThat(setting(c, "listen_addresses")).isEqualTo("127.0.0.1");
                try (Statement s = c.createStatement()) {
                    s.execute("create table kept (v int)");
                    s.execute("insert into kept values (42)");
                }
            }
        }
        // A restart opens the same data with the same password, and stays locked.
        try (EmbeddedDatabase again = new EmbeddedDatabaseConfig().embeddedDatabase(dataDir.toString(), true)) {
            assertThat(again.password()).isEqualTo(password);
            assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl(), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(again.jdbcUrl(), "postgres", password);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void a_data_directory_left_open_by_an_earlier_version_is_locked_on_its_next_start() throws Exception {
        Path dataDir = folder.resolve("pg");
        try (EmbeddedPostgres open = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start()) {
            DriverManager.getConnection(open.getJdbcUrl("postgres", "postgres"), "postgres", "")
                    .close();
        }
        try (EmbeddedDatabase db = new EmbeddedDatabaseConfig().embeddedDatabase(dataDir.toString(), true)) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password()).close();
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
