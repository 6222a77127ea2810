package jp.tsunagu.ops;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.tsunagu.Application;
import jp.tsunagu.base.DataDirectoryBackup;
import jp.tsunagu.base.EmbeddedDatabaseConfig.EmbeddedDatabase;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Backups of the embedded database (the whole state: deals, hand-offs, the engine's tasks and timers): on demand by
 * an admin, and every night at {@code tsunagu.backup.cron} (default 02:30 Japan time) into
 * {@code tsunagu.backup.dir} (default ./data/backups), keeping {@code tsunagu.backup.keep} days (default 14). A
 * configured PostgreSQL server is backed up with that server's own {@code pg_dump} (see the README).
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'tsunagu-'uuuuMMdd-HHmmss'.zip'");

    /** One backup file. */
    public record Backup(String name, Instant madeAt, long bytes) {}

    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final DataSource dataSource;
    private final Path dir;
    private final Duration keep;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    Backups(ObjectProvider<EmbeddedDatabase> embedded, DataSource dataSource, TsunaguProperties props, Clock clock) {
        String dir = props.backup().dir();
        Duration keep = props.backup().keep();
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.dir = Path.of(dir).toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    /** Whether this installation's database is the embedded one, which the app itself backs up. */
    public boolean available() {
        return embedded.getIfAvailable() != null;
    }

    @RolesAllowed(AppRoles.ADMIN)
    public Backup backUpNow() {
        return make();
    }

    @RolesAllowed(AppRoles.ADMIN)
    public List<Backup> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("tsunagu-\\d{8}-\\d{6}\\.zip"))
                    .map(Backups::describe)
                    .sorted(Comparator.comparing(Backup::madeAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a backup in the list (for a download), or refused when there is none of that name. */
    @RolesAllowed(AppRoles.ADMIN)
    public Path file(String name) {
        return list().stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .map(b -> dir.resolve(b.name()))
                .orElseThrow(() -> UserFacingException.notFound("backup.notFound"));
    }

    /** The nightly backup, then the old ones beyond the retention go. */
    @Scheduled(cron = "${tsunagu.backup.cron:0 30 2 * * *}", zone = Application.ZONE)
    void nightly() {
        if (!available()) {
            return;
        }
        Backup made = make();
        log.info("Nightly backup {} ({} bytes)", made.name(), made.bytes());
        removeOld();
    }

    /** Removes the backups older than the retention, always keeping the newest. */
    void removeOld() {
        List<Backup> all = list();
        Instant limit = clock.instant().minus(keep);
        for (Backup b : all.subList(Math.min(1, all.size()), all.size())) {
            if (b.madeAt().isBefore(limit)) {
                try {
                    Files.deleteIfExists(dir.resolve(b.name()));
                } catch (IOException e) {
                    log.warn("Could not remove the old backup {}", b.name(), e);
                }
            }
        }
    }

    private Backup make() {
        EmbeddedDatabase db = embedded.getIfAvailable();
        if (db == null) {
            throw new UserFacingException("backup.external");
        }
        if (!running.tryLock()) {
            throw new UserFacingException("backup.running");
        }
        try {
            Files.createDirectories(dir);
            String name = NAME.format(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
            Path partial = dir.resolve(name + ".partial");
            try (Connection c = dataSource.getConnection();
                    OutputStream out = Files.newOutputStream(partial)) {
                DataDirectoryBackup.write(c, db.dataDir(), out);
            }
            Path done = dir.resolve(name);
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return describe(done);
        } catch (IOException | SQLException e) {
            log.error("Backup failed", e);
            throw new UserFacingException("backup.failed");
        } finally {
            running.unlock();
        }
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(
                    file.getFileName().toString(),
                    Files.getLastModifiedTime(file).toInstant(),
                    Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
