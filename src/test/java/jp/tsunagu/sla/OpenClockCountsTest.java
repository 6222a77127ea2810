package jp.tsunagu.sla;

import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static jp.tsunagu.security.AppRoles.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open-clock counts that the process map reads on every refresh stay equal to counting the clock table itself,
 * through a deal's hand-offs, a pause, the sweep's warnings and breach, and the sweep folding the changes in.
 */
@TsunaguTest
class OpenClockCountsTest {

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    SlaClocks clocks;

    @Autowired
    SlaPauses pauses;

    @Autowired
    SlaMonitor monitor;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        TestData.logout();
    }

    @Test
    void the_counts_equal_the_clock_table_through_hand_offs_a_pause_a_breach_and_the_sweep() {
        String director = TestData.unique("dir");
        String staff = TestData.unique("staff");
        now("2026-11-20T17:00+09:00");
        TestData.actAs(director, DIRECTOR);
        long light = data.deal(TestData.unique("件数"), WorkCategory.LIGHT);
        long pc = data.deal(TestData.unique("件数"), WorkCategory.PC);
        assertCountsMatch();
        long leadsOfLight = live(WorkCategory.LIGHT, null).getOrDefault("LEAD", new long[3])[0];

        for (Outcome outcome : new Outcome[] {Outcome.READY, Outcome.DONE, Outcome.HANDED_OVER}) {
            complete(light, outcome, director);
            assertCountsMatch();
        }
        assertThat(live(WorkCategory.LIGHT, null).getOrDefault("LEAD", new long[3])[0])
                .as("the light deal left the first step")
                .isEqualTo(leadsOfLight - 1);
        assertThat(live(WorkCategory.PC, Party.COMPANY).get("LEAD")[0])
                .as("the PC deal is still there")
                .isPositive();

        TestData.actAs(staff, INTERMEDIARY);
        inbox.claim(task(light, staff, INTERMEDIARY).taskId());
        now("2026-11-24T10:00+09:00");
        TestData.actAs(staff, INTERMEDIARY);
        pauses.pause(light, "CUSTOMER_ANSWER", null);
        assertCountsMatch();
        now("2026-11-25T10:00+09:00");
        TestData.actAs(staff, INTERMEDIARY);
        pauses.resume(light);
        assertCountsMatch();

        now("2026-12-10T10:00+09:00"); // long past due: the sweep records the breach
        clocks.sweep();
        assertThat(jdbc.queryForObject("select count(*) from sla_open_delta", Long.class))
                .as("the sweep folded the changes into the counts")
                .isZero();
        assertCountsMatch();
        assertThat(live(WorkCategory.LIGHT, Party.INTERMEDIARY).get("ASSIGNMENT")[2])
                .as("breached")
                .isPositive();

        data.assign(light, staff);
        TestData.actAs(director, DIRECTOR);
        complete(pc, Outcome.READY, director);
        assertCountsMatch();
    }

    /** Stage → open, at risk, breached, as the map reads them, against a count of the clock table. */
    private void assertCountsMatch() {
        Map<String, long[]> truth = new TreeMap<>();
        jdbc.query(
                "select stage, count(*), count(*) filter (where state = 'AT_RISK'), "
                        + "count(*) filter (where state = 'BREACHED') from sla_clock where stopped_at is null group by 1",
                rs -> {
                    truth.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        Map<String, long[]> live = live(null, null);
        assertThat(live.keySet()).isEqualTo(truth.keySet());
        truth.forEach((stage, f) -> assertThat(live.get(stage)).as(stage).containsExactly(f));
    }

    private Map<String, long[]> live(WorkCategory category, Party party) {
        TestData.actAs(TestData.unique("sv"), SUPERVISOR);
        Map<String, long[]> out = new TreeMap<>();
        for (SlaMonitor.StageLoad l : monitor.openByStageNow(category, party)) {
            out.put(l.stage().name(), new long[] {l.open(), l.atRisk(), l.breached()});
        }
        return out;
    }

    private void complete(long dealId, Outcome outcome, String user) {
        InboxTask task = task(dealId, user, DIRECTOR);
        TestData.actAs(user, DIRECTOR);
        inbox.complete(task.taskId(), Completion.of(outcome, data.dealVersion(dealId)));
    }

    private InboxTask task(long dealId, String user, String role) {
        TestData.actAs(user, role);
        return inbox.openTasksOf(dealId).stream()
                .filter(t -> !t.isEscalation())
                .findFirst()
                .orElseThrow();
    }

    private static void now(String instant) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
    }
}
