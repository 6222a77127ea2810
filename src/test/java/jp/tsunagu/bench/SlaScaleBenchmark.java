package jp.tsunagu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.InboxSort;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.processmap.MapProcess;
import jp.tsunagu.processmap.ProcessMap;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.SlaClocks;
import jp.tsunagu.sla.SlaHistory;
import jp.tsunagu.sla.SlaMonitor;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The SLA benchmark: 100,000 deals, 1,000,000 open tasks and 1,000,000 completed hand-offs with their
 * clocks; the inbox's first page with SLA badges for a user in three groups, the monitor's at-risk list
 * and its statistics for a year, and how late the job executor records a breach after its due instant.
 * Prints the figures and writes them to target/bench-sla.txt. Run: {@code mvn verify -Pbench}.
 */
@SpringBootTest(
        properties = {"camunda.bpm.job-execution.enabled=true", "spring.datasource.hikari.maximum-pool-size=10"})
@ActiveProfiles("test")
class SlaScaleBenchmark {

    static final int DEALS = Integer.getInteger("bench.deals", 100_000);
    static final int OPEN_TASKS = Integer.getInteger("bench.openTasks", 1_000_000);
    static final int DONE = Integer.getInteger("bench.handOffs", 1_000_000);
    static final int BREACHES = 200;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    SlaMonitor monitor;

    @Autowired
    SlaHistory history;

    @Autowired
    SlaClocks clocks;

    @Autowired
    ProcessMap processMap;

    @Test
    void sla_at_scale() throws Exception {
        List<String> report = Timings.printingReport();
        String definition = ScaleData.pipelineDefinition(repository);
        long start = System.nanoTime();
        new ScaleData(jdbc).fill(DEALS, OPEN_TASKS, DONE, definition);
        report.add(String.format(
                "data: %,d deals, %,d open tasks with clocks, %,d completed hand-offs with clocks "
                        + "(filled in %.0f s)",
                DEALS, OPEN_TASKS, DONE, (System.nanoTime() - start) / 1e9));

        TestData.actAs("bench-lead", AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR);
        InboxFilter group = InboxFilter.of(InboxScope.GROUP);
        assertThat(inbox.page(group, 0, 50, InboxSort.DUE, true)).hasSize(50).allSatisfy(t -> assertThat(t.sla())
                .isNotNull());
        report.add(Timings.measure(
                        "inbox first page, 3 groups, by due date, with SLA badges",
                        5,
                        40,
                        () -> inbox.page(group, 0, 50, InboxSort.DUE, true))
                .toString());
        report.add(Timings.measure(
                        "inbox first page, 3 groups, by arrival",
                        5,
                        40,
                        () -> inbox.page(group, 0, 50, InboxSort.WAITING_SINCE, false))
                .toString());
        report.add(Timings.measure("inbox tab count, 3 groups (capped)", 3, 20, () -> inbox.count(group))
                .toString());
        // The saved views' counts beside the tabs: the built-in overdue and due-today views, and a stage view.
        InboxFilter overdue = new InboxFilter(InboxScope.GROUP, "", null, true, false, false);
        InboxFilter dueToday = new InboxFilter(InboxScope.GROUP, "", null, false, true, false);
        InboxFilter stageView = new InboxFilter(InboxScope.GROUP, "", DealStage.ASSIGNMENT, false);
        report.add(Timings.measure("saved view count: overdue (capped)", 3, 20, () -> inbox.count(overdue))
                .toString());
        report.add(Timings.measure("saved view count: due today (capped)", 3, 20, () -> inbox.count(dueToday))
                .toString());
        report.add(Timings.measure("saved view count: one stage (capped)", 3, 20, () -> inbox.count(stageView))
                .toString());
        InboxFilter mine = InboxFilter.of(InboxScope.MINE);
        TestData.actAs("bench-user-10", AppRoles.INTERMEDIARY);
        report.add(
                Timings.measure("inbox first page, my tasks", 5, 40, () -> inbox.page(mine, 0, 50, InboxSort.DUE, true))
                        .toString());

        TestData.actAs("bench-sv", AppRoles.SUPERVISOR);
        var all = SlaMonitor.OpenFilter.all();
        assertThat(monitor.attention(all, 0, 50)).hasSize(50);
        report.add(Timings.measure("monitor at-risk list, first page", 5, 40, () -> monitor.attention(all, 0, 50))
                .toString());
        report.add(Timings.measure("sweep with nothing due, incl. recount of open clocks", 1, 10, clocks::sweep)
                .toString());
        report.add(Timings.measure("monitor open counts", 5, 40, monitor::openCounts)
                .toString());
        report.add(Timings.measure("monitor open by stage", 5, 40, () -> monitor.openBy("stage"))
                .toString());
        LocalDate today = LocalDate.now();
        assertThat(history.leadTimes(today.minusYears(1), today)).isNotEmpty();
        report.add(Timings.measure(
                        "monitor lead-time statistics for a year",
                        3,
                        20,
                        () -> history.leadTimes(today.minusYears(1), today))
                .toString());
        report.add(Timings.measure(
                        "monitor weekly trend for a year", 3, 20, () -> history.weekly(today.minusYears(1), today))
                .toString());

        // The live process map: one query over every open task with its clock and deal, per refresh (target 200 ms).
        assertThat(processMap.loads(MapProcess.PIPELINE, null, null, null, null))
                .isNotEmpty();
        report.add(Timings.measure(
                        "process map counts, every step (one query)",
                        3,
                        20,
                        () -> processMap.loads(MapProcess.PIPELINE, null, null, null, null))
                .toString());
        report.add(Timings.measure(
                        "process map counts, PC work only",
                        3,
                        20,
                        () -> processMap.loads(MapProcess.PIPELINE, WorkCategory.PC, null, null, null))
                .toString());

        report.add(breachDelay());
        TestData.logout();
        Files.write(Path.of("target/bench-sla.txt"), report);
    }

    /** Makes {@value #BREACHES} clocks fall due in the next 30 s and waits for the job executor's sweeps. */
    private String breachDelay() throws InterruptedException {
        List<Long> planted = jdbc.queryForList(
                "select id from sla_clock where task_id like 'bt-%' "
                        + "and state = 'RUNNING' and due_at > now() + interval '1 hour' limit " + BREACHES,
                Long.class);
        String ids = planted.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.update("update sla_clock set warn_level = 2, state = 'AT_RISK', "
                + "due_at = now() + (id % 30) * interval '1 second', next_event_at = now() + (id % 30) * interval '1 second' "
                + "where id in (" + ids + ")");
        long deadline = System.currentTimeMillis() + 150_000;
        Integer recorded = 0;
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(2000);
            recorded = jdbc.queryForObject(
                    "select count(*) from sla_clock where breach_recorded_at is not null " + "and id in (" + ids + ")",
                    Integer.class);
            if (recorded != null && recorded >= BREACHES) {
                break;
            }
        }
        List<Double> delays = jdbc.queryForList(
                "select extract(epoch from breach_recorded_at - due_at) * 1000 "
                        + "from sla_clock where breach_recorded_at is not null and id in (" + ids + ")",
                Double.class);
        assertThat(delays).as("breaches recorded").hasSize(BREACHES);
        Timings.Result r = Timings.summarise("breach recorded after its due instant", delays);
        return String.format(
                Locale.ROOT,
                "%-58s median %7.1f s    p95 %7.1f s    max %.1f s (%d breaches)",
                r.name(),
                r.median() / 1000,
                r.p95() / 1000,
                delays.stream().mapToDouble(d -> d).max().orElse(0) / 1000,
                delays.size());
    }
}
