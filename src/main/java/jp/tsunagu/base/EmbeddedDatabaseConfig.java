package jp.tsunagu.base;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import jp.tsunagu.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven jars when no database URL is configured, so that a newcomer
 * needs nothing but a JDK and Maven. With {@code spring.datasource.url} set this class does nothing
 * and Spring Boot's own data source is used (production). See docs/adr/0002-embedded-postgresql.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    /**
     * Whether the demo data is to be loaded into an empty database: {@code tsunagu.demo-data=true}, or "auto" (the
     * default) on the embedded database; never on a configured one unless asked for.
     */
    public static boolean demoDataWanted(String setting, boolean embedded) {
        return "true".equalsIgnoreCase(setting) || ("auto".equalsIgnoreCase(setting) && embedded);
    }

    /**
     * The embedded server, where it keeps its data and how to reach it. Also the marker that the demo data loads by
     * default (only on the embedded database).
     */
    public record EmbeddedDatabase(EmbeddedPostgres server, Path dataDir, String password, boolean throwAway)
            implements AutoCloseable {

        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
        }

        @Override
        public void close() throws IOException {
            server.close();
            if (throwAway) {
                Files.deleteIfExists(dataDir.resolveSibling("db-password"));
                Files.deleteIfExists(dataDir.getParent());
            }
        }
    }

    EmbeddedDatabase embeddedDatabase(String dir, boolean persistent) throws IOException {
        return embeddedDatabase(dir, persistent, "");
    }

    /**
     * @param restoreFrom a backup to start from instead of the data there (an admin's restore), or empty; the data
     *                    replaced are kept beside, as {@code pg-before-restore-…}
     */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(TsunaguProperties props) throws IOException {
        return embeddedDatabase(props.embeddedDb().dir(), props.embeddedDb().persistent(), props.restoreFrom());
    }

    EmbeddedDatabase embeddedDatabase(String dir, boolean persistent, String restoreFrom) throws IOException {
        Path dataDir = persistent
                ? Path.of(dir).toAbsolutePath().normalize()
                : Files.createTempDirectory("tsunagu-pg").resolve("pg");
        Files.createDirectories(dataDir.getParent());
        if (!restoreFrom.isBlank()) {
            restore(Path.of(restoreFrom).toAbsolutePath(), dataDir);
        }
        // Beside the data directory, readable by its owner only.
        Path passwordFile = dataDir.resolveSibling("db-password");
        boolean locked = Files.exists(passwordFile) && EmbeddedDatabaseLock.isLocked(dataDir);
        String password = EmbeddedDatabaseLock.password(passwordFile);
        // Spring closes the database after the engine and the pool that still need it; a JVM hook of the
        // library would race them and leave the engine waiting for a connection at shutdown.
        // The library starts PostgreSQL with fsync off (-F) and asynchronous commits, as tests want; data people
        // keep needs both on, so that a crash or a kill loses no committed change.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", Application.ZONE)
                .setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", persistent ? "on" : "off")
                .setServerConfig("synchronous_commit", persistent ? "on" : "off")
                .setServerConfig("full_page_writes", persistent ? "on" : "off")
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!persistent);
        if (locked) {
            builder.setConnectConfig("password", password);
        }
        if (persistent) {
            log.info("Embedded PostgreSQL keeps its data in {} (password in {})", dataDir, passwordFile);
            EmbeddedDatabaseLock.stopOrphan(dataDir);
        }
        EmbeddedPostgres postgres = builder.start();
        if (!locked) {
            EmbeddedDatabaseLock.lock(postgres, dataDir, password);
        }
        return new EmbeddedDatabase(postgres, dataDir, password, !persistent);
    }

    /** Written into a restored data folder: the same backup is not restored again at the next start. */
    private static final String RESTORED_FROM = "tsunagu-restored-from";

    private static void restore(Path backup, Path dataDir) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalStateException("TSUNAGU_RESTORE_FROM: no backup file at " + backup);
        }
        String stamp = backup.getFileName() + " " + Files.size(backup) + " " + Files.getLastModifiedTime(backup);
        Path marker = dataDir.resolve(RESTORED_FROM);
        if (Files.exists(marker) && Files.readString(marker).equals(stamp)) {
            // The setting was left in place after the restore: the data since then must not be thrown away.
            log.warn("{} was restored before; starting on the data as they are (remove TSUNAGU_RESTORE_FROM)", backup);
            return;
        }
        if (Files.exists(dataDir)) {
            Path aside = dataDir.resolveSibling(dataDir.getFileName() + "-before-restore-"
                    + LocalDateTime.now(Application.TOKYO).format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")));
            Files.move(dataDir, aside);
            log.warn("Restoring {}: the data there before are kept in {}", backup, aside);
        }
        try (var in = Files.newInputStream(backup)) {
            DataDirectoryBackup.restore(in, dataDir);
        }
        Files.writeString(marker, stamp);
        EmbeddedDatabaseLock.openForRelock(dataDir);
        log.info("Restored the database from {}", backup);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("postgres");
        config.setPassword(database.password());
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(5000);
        config.setPoolName("tsunagu-embedded");
        return new HikariDataSource(config);
    }
}
