package jp.tsunagu.base;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real PostgreSQL from Maven jars when no database URL is configured, so that a newcomer
 * needs nothing but a JDK and Maven. With {@code spring.datasource.url} set this class does nothing
 * and Spring Boot's own data source is used (production). See docs/adr/0002-embedded-postgresql.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    /** Marker bean: the demo data loads by default only on the embedded database. */
    public record EmbeddedDatabase(String jdbcUrl) {
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${tsunagu.embedded-db.dir:./data/pg}") String dir,
                                      @Value("${tsunagu.embedded-db.persistent:true}") boolean persistent)
            throws IOException {
        // Spring closes the database after the engine and the pool that still need it; a JVM hook of the
        // library would race them and leave the engine waiting for a connection at shutdown.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Tokyo")
                .setServerConfig("max_connections", "50");
        if (persistent) {
            Path dataDir = Path.of(dir).toAbsolutePath().normalize();
            Files.createDirectories(dataDir.getParent());
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", dataDir);
        }
        return builder.start();
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(5000);
        config.setPoolName("tsunagu-embedded");
        return new HikariDataSource(config);
    }
}
