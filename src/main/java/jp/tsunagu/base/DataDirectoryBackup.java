package jp.tsunagu.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A consistent copy of a running PostgreSQL's data directory, made the way {@code pg_basebackup -X fetch} makes it:
 * {@code pg_backup_start()}, the files (changing as they are read; the write-ahead log repairs them), then
 * {@code pg_backup_stop()} and the write-ahead log written meanwhile, with the backup label it returns. Restoring is
 * unpacking it into an empty data directory: the server replays the log on its first start. The whole state is in
 * it, the process engine's tables, timers and (later) documents included, and it needs no {@code pg_dump} of the
 * server's exact version.
 */
public final class DataDirectoryBackup {

    /** Directories whose contents a server makes anew (as pg_basebackup leaves them out). */
    private static final Set<String> EMPTIED = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");
    /** Files of the running server, never part of a copy. */
    private static final Set<String> LEFT_OUT =
            Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map");

    private DataDirectoryBackup() {}

    /** Writes the backup of the server behind {@code connection} (a superuser's) whose data are in {@code dataDir}. */
    public static void write(Connection connection, Path dataDir, OutputStream target)
            throws IOException, SQLException {
        try (Statement s = connection.createStatement();
                ZipOutputStream zip = new ZipOutputStream(target)) {
            // Fast compression: the database's pages shrink about eightfold even so, in a fraction of the time.
            zip.setLevel(Deflater.BEST_SPEED);
            s.execute("select pg_backup_start('tsunagu', true)");
            String label;
            String tablespaceMap;
            try {
                copyFiles(dataDir, zip);
            } finally {
                try (ResultSet rs = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                    rs.next();
                    label = rs.getString(1);
                    tablespaceMap = rs.getString(2);
                }
            }
            // The log written while the files were copied, up to the backup's end: what recovery replays.
            copyTree(dataDir, dataDir.resolve("pg_wal"), zip);
            entry(zip, "backup_label", label);
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                entry(zip, "tablespace_map", tablespaceMap);
            }
        }
    }

    /** Unpacks a backup into an empty (or new) data directory. */
    public static void restore(InputStream backup, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        try (ZipInputStream zip = new ZipInputStream(backup)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = dataDir.resolve(e.getName()).normalize();
                if (!target.startsWith(dataDir)) {
                    throw new IOException("Not a backup of Tsunagu: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        // PostgreSQL refuses a data directory others may read.
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
    }

    private static void copyFiles(Path dataDir, ZipOutputStream zip) throws IOException {
        Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(dataDir)) {
                    zip.putNextEntry(new ZipEntry(dataDir.relativize(dir) + "/"));
                    zip.closeEntry();
                }
                return EMPTIED.contains(dir.getFileName().toString())
                                && dir.getParent().equals(dataDir)
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (!(LEFT_OUT.contains(name) && file.getParent().equals(dataDir)) && !name.startsWith("pgsql_tmp")) {
                    copy(dataDir, file, zip);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // A file the server removed while the copy ran (a dropped table, a finished temp file) is not needed.
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static void copyTree(Path dataDir, Path dir, ZipOutputStream zip) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    copy(dataDir, file, zip);
                }
            }
        }
    }

    private static void copy(Path dataDir, Path file, ZipOutputStream zip) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(dataDir.relativize(file).toString()));
            in.transferTo(zip);
            zip.closeEntry();
        } catch (NoSuchFileException gone) {
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
