package jp.tsunagu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.tsunagu.Application;
import jp.tsunagu.TestNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kill -9 of the default run while it writes, on its embedded database in a data folder: first the app alone (its
 * database server is left running, orphaned), then the app and its database server together (as a crash of the
 * machine leaves them). Each time the next start opens the data: every deal the app reported committed is there,
 * nothing is half-written, and the database answers every table. Run: {@code mvn verify -Pfaults}.
 */
class EmbeddedCrashFaultIT {

    @TempDir
    Path folder;

    static String[] embeddedArguments(String dataDir) {
        return new String[] {
            "--spring.datasource.url=",
            "--tsunagu.embedded-db.persistent=true",
            "--tsunagu.embedded-db.dir=" + dataDir,
            "--tsunagu.backup.dir=" + dataDir + "-backups",
            "--logging.level.root=error",
            "--camunda.bpm.deployment-resource-pattern=classpath:bpmn/*.bpmn"
        };
    }

    @Test
    void the_kept_database_survives_kill_9_of_the_app_and_of_its_server() throws Exception {
        Path data = folder.resolve("pg");
        Set<Long> committed = ConcurrentHashMap.newKeySet();

        // 1. The app is killed; its database server keeps running without it.
        runAndKill(data, committed, 200, false);
        long orphan = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        // 2. The next start stops the orphan and opens the data; then the app and its server are killed together.
        int before = committed.size();
        runAndKill(data, committed, before + 200, true);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();

        // 3. A start after the crash: PostgreSQL recovers from its log, and every reported commit is there.
        try (ConfigurableApplicationContext node = TestNodes.start("", embeddedArguments(data.toString()))) {
            JdbcTemplate sql = node.getBean(JdbcTemplate.class);
            String ids = committed.stream().map(String::valueOf).collect(Collectors.joining(","));
            assertThat(sql.queryForObject("select count(*) from deal where id in (" + ids + ")", Integer.class))
                    .isEqualTo(committed.size());
            assertThat(sql.queryForList(
                            """
                    select d.id from deal d
                    where (select count(*) from hand_off h where h.deal_id = d.id and h.completed_at is null)
                       <> (select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                           where e.business_key_ = d.id::text)""",
                            Long.class))
                    .isEmpty();
            // Every table reads whole (a torn page would fail here).
            for (String table :
                    sql.queryForList("select tablename from pg_tables where schemaname = 'public'", String.class)) {
                sql.queryForObject("select count(*) from " + table, Long.class);
            }
            System.out.printf("embedded crash: %d commits reported over two kills, all present%n", committed.size());
        }
    }

    private void runAndKill(Path data, Set<Long> committed, int until, boolean withServer) throws Exception {
        List<String> command = TestNodes.childJvm("-Duser.timezone=" + Application.ZONE);
        command.addAll(List.of(EmbeddedCrashNode.class.getName(), data.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("COMMITTED ")) {
                        committed.add(Long.parseLong(
                                line.substring("COMMITTED ".length()).strip()));
                    } else if (!line.isBlank()) {
                        System.out.println("node: " + line);
                    }
                }
            } catch (Exception ignored) {
                // the child died: that is the point
            }
        });
        reader.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (committed.size() < until && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(50);
        }
        assertThat(committed.size())
                .as("the app committed work before the kill")
                .isGreaterThanOrEqualTo(until);
        long server = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        List<ProcessHandle> serverProcesses = ProcessHandle.of(server).stream()
                .flatMap(p -> Stream.concat(p.descendants(), Stream.of(p)))
                .toList();
        child.destroyForcibly();
        if (withServer) {
            // As a crash of the machine: the server and all its processes die at once, mid-write.
            serverProcesses.forEach(ProcessHandle::destroyForcibly);
        }
        child.waitFor();
        reader.join(5000);
        if (withServer) {
            serverProcesses.forEach(p -> p.onExit().join());
        }
    }
}
