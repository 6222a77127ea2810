package jp.tsunagu.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Locks the embedded PostgreSQL: its library starts it for tests (every local user in as superuser without a
 * password). Here the superuser gets a random password, generated on the first start and kept in a file only its
 * owner may read; {@code pg_hba.conf} then asks every connection for it (SCRAM), and the server listens on
 * 127.0.0.1 only. A data directory from an earlier version, still open to all, is locked the same way on its next
 * start.
 */
final class EmbeddedDatabaseLock {

    private static final String LOCKED_HBA =
            """
            # Written by Tsunagu: every connection needs the password kept in the password file beside the data.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private EmbeddedDatabaseLock() {}

    /** The password in the file, or a new one written to it (owner read/write only) when there is none yet. */
    static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return password;
    }

    /**
     * Opens a restored data directory to local connections for its first start, so that it is locked again with the
     * password of this installation (the backup's own may be lost with the machine).
     */
    static void openForRelock(Path dataDir) throws IOException {
        Files.writeString(
                dataDir.resolve("pg_hba.conf"),
                """
                local   all   all                 trust
                host    all   all   127.0.0.1/32  trust
                host    all   all   ::1/128       trust
                """,
                StandardCharsets.UTF_8);
    }

    /**
     * Stops a PostgreSQL left running on the data directory by an app that was killed (kill -9 ends the JVM, not the
     * database server it started), so that this start can open the data. Only when no living app holds the
     * directory's lock file: a server of a running app is never touched.
     */
    static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(pidFile)) {
            return;
        }
        if (Files.exists(lockFile)) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                    FileLock held = channel.tryLock()) {
                if (held == null) {
                    throw new IllegalStateException("Another Tsunagu is running on " + dataDir);
                }
            } catch (OverlappingFileLockException e) {
                throw new IllegalStateException("Another Tsunagu is running on " + dataDir, e);
            }
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException unreadable) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    // SIGTERM: the server finishes cleanly (its clients died with the old app).
                    orphan.destroy();
                    try {
                        orphan.onExit().get(60, TimeUnit.SECONDS);
                    } catch (Exception slow) {
                        orphan.destroyForcibly();
                    }
                });
    }

    /** Whether the data directory already asks for a password. */
    static boolean isLocked(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba).contains("Written by Tsunagu");
    }

    /**
     * Gives the superuser the password and makes the server ask for it from now on. Runs on a server still open to
     * all (its first start); new connections need the password as soon as the configuration is reloaded.
     */
    static void lock(EmbeddedPostgres postgres, Path dataDir, String password) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(dataDir.resolve("pg_hba.conf"), LOCKED_HBA, StandardCharsets.UTF_8);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded database's password", e);
        }
    }
}
