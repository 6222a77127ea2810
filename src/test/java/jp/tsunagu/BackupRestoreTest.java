package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.ops.Backups;
import jp.tsunagu.ops.Backups.Backup;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.FileSystemUtils;

/**
 * Backup, wipe, restore on the embedded database of the default run: every deal, hand-off, open task and timer is
 * back as it was at the backup (what came after it is not), and the restored app fires the timers.
 */
class BackupRestoreTest {

    private static final ZoneId TOKYO = ZoneId.of(Application.ZONE);
    private static final String STATE = "select (select count(*) from deal) as deals,"
            + " (select count(*) from hand_off) as hand_offs,"
            + " (select count(*) from hand_off where completed_at is null) as open_hand_offs,"
            + " (select count(*) from act_ru_task) as tasks,"
            + " (select count(*) from act_ru_job where type_ = 'timer') as timers,"
            + " (select count(*) from app_user) as users";

    @TempDir
    Path folder;

    @AfterEach
    void clock() {
        ClockUtil.reset();
        // actAs put the node's user on this thread's static holder too; the classes after this one start as nobody.
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_backup_restored_into_a_wiped_installation_holds_every_deal_hand_off_task_and_timer() throws Exception {
        ZonedDateTime monday = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, TOKYO);
        ClockUtil.setCurrentTime(Date.from(monday.toInstant()));
        Path data = folder.resolve("pg");
        List<Long> deals = new ArrayList<>();
        Map<String, Object> atBackup;
        Path backupFile;
        try (ConfigurableApplicationContext node = start(data, "")) {
            for (int i = 0; i < 6; i++) {
                actAs(node);
                long deal = node.getBean(TestData.class).deal(TestData.unique("バックアップ"), WorkCategory.PC);
                deals.add(deal);
                if (i % 2 == 0) {
                    // Into nurturing: a timer for Wednesday 09:00 waits in the engine.
                    TaskInboxService inbox = node.getBean(TaskInboxService.class);
                    inbox.complete(
                            inbox.openTasksOf(deal).get(0).taskId(),
                            new Completion(
                                    Outcome.NURTURE,
                                    null,
                                    null,
                                    LocalDate.of(2026, 12, 2),
                                    node.getBean(TestData.class).dealVersion(deal)));
                }
            }
            JdbcTemplate sql = node.getBean(JdbcTemplate.class);
            atBackup = sql.queryForMap(STATE);
            // Three nurture timers, and the SLA sweep's own.
            assertThat(atBackup).containsEntry("deals", 6L).containsEntry("timers", 4L);

            actAs(node, AppRoles.ADMIN);
            Backup made = node.getBean(Backups.class).backUpNow();
            backupFile = folder.resolve("backups").resolve(made.name());
            assertThat(backupFile).exists();
            assertThat(made.bytes()).isGreaterThan(1_000_000L);

            // Work after the backup is not in it.
            actAs(node);
            node.getBean(TestData.class).deal(TestData.unique("バックアップ後"), WorkCategory.PC);
            assertThat(sql.queryForObject("select count(*) from deal", Long.class))
                    .isEqualTo(7L);
        }

        // The machine's data are lost, password file and all.
        FileSystemUtils.deleteRecursively(data);
        Files.deleteIfExists(folder.resolve("db-password"));
        assertThat(data).doesNotExist();

        try (ConfigurableApplicationContext restored = start(data, backupFile.toString())) {
            JdbcTemplate sql = restored.getBean(JdbcTemplate.class);
            assertThat(sql.queryForMap(STATE)).isEqualTo(atBackup);
            assertThat(sql.queryForList("select id from deal order by id", Long.class))
                    .isEqualTo(deals);

            // Wednesday 10:00: the restored node fires the nurture timers; the deals come back to their director.
            ClockUtil.setCurrentTime(Date.from(monday.plusDays(2).toInstant()));
            String ids = deals.toString().replace('[', '(').replace(']', ')');
            String open = "select count(*) from hand_off where to_stage = 'LEAD' and completed_at is null"
                    + " and deal_id in " + ids;
            assertThat(sql.queryForObject(open, Long.class)).isEqualTo(3L);
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (sql.queryForObject(open, Long.class) < 6L) {
                assertThat(System.nanoTime()).as("timers fired within 60 s").isLessThan(end);
                Thread.sleep(250);
            }
            assertThat(sql.queryForObject(open, Long.class)).isEqualTo(6L);
            actAs(restored);
            restored.getBean(TestData.class).deal(TestData.unique("復元後"), WorkCategory.PC);
        }

        // The setting left in place by mistake: the next start keeps the work done since the restore.
        try (ConfigurableApplicationContext again = start(data, backupFile.toString())) {
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("select count(*) from deal", Long.class))
                    .isEqualTo(7L);
        }
    }

    private ConfigurableApplicationContext start(Path data, String restoreFrom) {
        return TestNodes.start(
                "",
                "--spring.datasource.url=",
                "--tsunagu.embedded-db.persistent=true",
                "--tsunagu.embedded-db.dir=" + data,
                "--tsunagu.backup.dir=" + folder.resolve("backups"),
                "--tsunagu.restore-from=" + restoreFrom,
                "--logging.level.root=warn",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=500");
    }

    private static void actAs(ConfigurableApplicationContext node, String... roles) {
        SecurityContextHolderStrategy strategy = node.getBean(SecurityContextHolderStrategy.class);
        SecurityContext context = strategy.createEmptyContext();
        List<SimpleGrantedAuthority> granted = (roles.length == 0 ? List.of(AppRoles.DIRECTOR) : List.of(roles))
                .stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("backup-dir", "n/a", granted));
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
    }
}
