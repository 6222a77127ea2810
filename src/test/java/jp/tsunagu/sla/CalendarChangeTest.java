package jp.tsunagu.sla;

import static jp.tsunagu.security.AppRoles.ADMIN;
import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static jp.tsunagu.security.AppRoles.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Escalations;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.pipeline.TaskInboxService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A calendar changes while clocks run: the open clocks' due times move with it in the same transaction, every node
 * counts on the new calendar, and no reader puts the old one back. March 2028: Fri 3/3, then Mon 6 to Thu 9 are
 * business days; a PC assignment is due three business days (1,620 minutes) after its hand-over.
 */
@TsunaguTest
class CalendarChangeTest {

    @Autowired
    TestData data;

    @Autowired
    CalendarService calendars;

    @Autowired
    SlaClocks clocks;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    TaskService engineTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        TestData.actAs("admin", ADMIN);
        calendars.closings(Party.INTERMEDIARY).stream()
                .filter(c -> c.note().startsWith("テスト休業"))
                .forEach(c -> calendars.removeClosing(c.id()));
        calendars.setHours(Party.INTERMEDIARY, LocalTime.of(9, 0), LocalTime.of(18, 0));
        TestData.logout();
    }

    @Test
    void a_closing_day_added_moves_the_due_time_of_open_clocks_so_no_breach_is_recorded_on_the_old_one() {
        String director = TestData.unique("dir");
        long dealId = handedOverAt("2028-03-03T17:00+09:00", director);
        assertThat(assignmentTask(dealId).dueAt()).isEqualTo(at("2028-03-08T17:00+09:00"));

        now("2028-03-06T10:00+09:00");
        TestData.actAs("admin", ADMIN);
        calendars.addClosing(Party.INTERMEDIARY, LocalDate.of(2028, 3, 7), LocalDate.of(2028, 3, 7), "テスト休業");

        assertThat(assignmentTask(dealId).dueAt())
                .as("the task's due date moved a day")
                .isEqualTo(at("2028-03-09T17:00+09:00"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'clocksRecounted'", Long.class))
                .isPositive();

        now("2028-03-08T17:30+09:00"); // past the old due time, within the new one
        clocks.sweep();
        assertThat(engineTasks
                        .createTaskQuery()
                        .processDefinitionKey(Escalations.PROCESS_KEY)
                        .processInstanceBusinessKey(String.valueOf(dealId))
                        .count())
                .as("no escalation")
                .isZero();
        now("2028-03-09T16:00+09:00");
        data.assign(dealId, TestData.unique("staff"));
        TestData.actAs("sv", SUPERVISOR);
        assertThat(clocks.clocksOf(dealId))
                .filteredOn(c -> c.stage() == DealStage.ASSIGNMENT)
                .singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(SlaState.MET));
    }

    @Test
    void a_reader_during_a_change_does_not_put_the_old_calendar_back() throws Exception {
        TestData.actAs("admin", ADMIN);
        assertThat(calendars.workingTime(Party.INTERMEDIARY).dayEnd()).isEqualTo(LocalTime.of(18, 0));
        transactions.executeWithoutResult(tx -> {
            TestData.actAs("admin", ADMIN);
            calendars.setHours(Party.INTERMEDIARY, LocalTime.of(9, 0), LocalTime.of(17, 0));
            // Another request reads while this change is not yet committed: it sees, and keeps, the old hours.
            LocalTime seen = CompletableFuture.supplyAsync(
                            () -> calendars.workingTime(Party.INTERMEDIARY).dayEnd())
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join();
            assertThat(seen).isEqualTo(LocalTime.of(18, 0));
        });
        assertThat(calendars.workingTime(Party.INTERMEDIARY).dayEnd())
                .as("after commit, the new hours")
                .isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void a_change_another_node_made_is_counted_with_after_the_next_poll() {
        TestData.actAs("admin", ADMIN);
        assertThat(calendars.workingTime(Party.INTERMEDIARY).dayEnd()).isEqualTo(LocalTime.of(18, 0));
        // What another node's change leaves in the database: new hours, a new version.
        jdbc.update("update org_calendar set day_end = '17:30', version = version + 1 where party = 'INTERMEDIARY'");
        calendars.refresh();
        assertThat(calendars.workingTime(Party.FACILITY).dayEnd()).isEqualTo(LocalTime.of(17, 30));
    }

    private long handedOverAt(String instant, String director) {
        now(instant);
        TestData.actAs(director, DIRECTOR);
        long dealId = data.deal(TestData.unique("暦案件"), WorkCategory.PC);
        for (Outcome outcome : new Outcome[] {Outcome.READY, Outcome.DONE, Outcome.HANDED_OVER}) {
            TestData.actAs(director, DIRECTOR);
            inbox.complete(inbox.openTasksOf(dealId).get(0).taskId(), Completion.of(outcome, data.dealVersion(dealId)));
        }
        return dealId;
    }

    private InboxTask assignmentTask(long dealId) {
        TestData.actAs(TestData.unique("staff"), INTERMEDIARY);
        return inbox.openTasksOf(dealId).stream()
                .filter(t -> !t.isEscalation())
                .findFirst()
                .orElseThrow();
    }

    private static void now(String instant) {
        ClockUtil.setCurrentTime(Date.from(at(instant)));
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
