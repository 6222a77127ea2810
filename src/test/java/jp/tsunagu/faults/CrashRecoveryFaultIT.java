package jp.tsunagu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.TestNodes;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SIGKILL in the middle of a burst: a child JVM ({@link CrashNode}) completes tasks on four threads and starts
 * nurture timers; after a few hundred commits it is killed without warning. A new node on the same database then
 * finds every completion the dead node reported, no deal whose stage disagrees with its process (no half-written
 * hand-off), and fires every timer that falls due. Run: {@code mvn verify -Pfaults}.
 */
class CrashRecoveryFaultIT {

    private static final ZoneId TOKYO = ZoneId.of(Application.ZONE);

    @Test
    void a_node_killed_mid_burst_leaves_nothing_half_written_and_its_timers_fire_after_restart() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("timezone", TOKYO.getId())
                .start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            List<String> command = TestNodes.childJvm("-Duser.timezone=" + TOKYO.getId());
            command.addAll(List.of(CrashNode.class.getName(), url));
            Process child =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            Set<Long> committed = ConcurrentHashMap.newKeySet();
            Thread reader = new Thread(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("COMMITTED ")) {
                            committed.add(Long.parseLong(
                                    line.substring("COMMITTED ".length()).strip()));
                        } else {
                            System.out.println("node: " + line);
                        }
                    }
                } catch (Exception ignored) {
                    // the child died: that is the point
                }
            });
            reader.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (committed.size() < 300 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(50);
            }
            assertThat(committed.size())
                    .as("the child committed work before the kill")
                    .isGreaterThanOrEqualTo(300);
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no commit
            assertThat(child.waitFor()).isNotZero();
            reader.join(5000);
            Set<Long> reported = Set.copyOf(committed);

            ConfigurableApplicationContext node = TestNodes.start(
                    url,
                    "--logging.level.root=warn",
                    "--camunda.bpm.job-execution.wait-time-in-millis=500",
                    "--camunda.bpm.job-execution.max-wait=1000");
            try {
                JdbcTemplate sql = node.getBean(JdbcTemplate.class);
                // Every completion the dead node reported committed is there: its lead hand-off is completed.
                String ids = reported.stream().map(String::valueOf).collect(Collectors.joining(","));
                assertThat(sql.queryForObject(
                                "select count(*) from hand_off where to_stage = 'LEAD'"
                                        + " and completed_at is not null and deal_id in (" + ids + ")",
                                Integer.class))
                        .isEqualTo(reported.size());
                // Nothing half-written, for every deal in the database (also those in flight at the kill): the open
                // hand-off records are exactly the engine's open tasks, at the deal's stage.
                assertThat(sql.queryForList(
                                """
                        select d.id from deal d
                        where (select count(*) from hand_off h where h.deal_id = d.id and h.completed_at is null)
                           <> (select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                               where e.business_key_ = d.id::text)
                           or exists (select 1 from hand_off h where h.deal_id = d.id and h.completed_at is null
                                      and h.to_stage <> d.stage)""",
                                Long.class))
                        .isEmpty();
                int deals = sql.queryForObject("select count(*) from deal", Integer.class);
                int nurturing =
                        sql.queryForObject("select count(*) from hand_off where outcome = 'NURTURE'", Integer.class);

                // The day after tomorrow: every nurture timer is due, and the new node fires them all.
                ClockUtil.setCurrentTime(Date.from(LocalDate.now(TOKYO)
                        .plusDays(2)
                        .atTime(10, 0)
                        .atZone(TOKYO)
                        .toInstant()));
                ManagementService management = node.getBean(ManagementService.class);
                long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (management
                                        .createJobQuery()
                                        .timers()
                                        .duedateLowerThan(ClockUtil.getCurrentTime())
                                        .count()
                                > 1
                        && System.nanoTime() < end) {
                    Thread.sleep(250);
                }
                // (the one left may be the 30-second SLA sweep, which is due again at once)
                assertThat(management
                                .createJobQuery()
                                .timers()
                                .duedateLowerThan(ClockUtil.getCurrentTime())
                                .processDefinitionKey("deal-pipeline")
                                .count())
                        .isZero();
                assertThat(management.createJobQuery().withException().count()).isZero();
                assertThat(sql.queryForObject(
                                "select count(*) from hand_off where to_stage = 'LEAD' and completed_at is null"
                                        + " and deal_id in (select deal_id from hand_off where outcome = 'NURTURE')",
                                Integer.class))
                        .as("every nurtured deal is back at its lead task")
                        .isEqualTo(nurturing);
                System.out.printf(
                        "crash: %d completions reported before SIGKILL, %d deals in the database, "
                                + "%d nurture timers fired after the restart%n",
                        reported.size(), deals, nurturing);
            } finally {
                ClockUtil.reset();
                node.close();
            }
        }
    }
}
