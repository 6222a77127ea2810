package jp.tsunagu.pipeline;

import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Two people press the same button at the same moment, on two threads with their own transactions against the real
 * database: exactly one claim or completion wins, the other is told in words (never a half-done move), and the deal
 * moves on exactly once. Repeated, so the race actually happens in most rounds.
 */
@TsunaguTest
class ConcurrentTaskTest {

    private static final int ROUNDS = 15;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    DealService deals;

    @Autowired
    HandOffTimeline timeline;

    @Autowired
    TestData data;

    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        TestData.logout();
    }

    @Test
    void two_directors_claiming_the_same_task_at_once_one_gets_it_the_other_is_told() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String taskId = leadTask().taskId();
            String a = TestData.unique("dirA");
            String b = TestData.unique("dirB");
            List<Object> results = race(a, b, me -> inbox.claim(taskId));
            assertThat(results)
                    .as("round " + round + ": " + results)
                    .filteredOn(r -> r.equals("ok"))
                    .hasSize(1);
            Object refusal =
                    results.stream().filter(r -> !r.equals("ok")).findFirst().orElseThrow();
            assertTold(refusal);
            String winner = results.get(0).equals("ok") ? a : b;
            TestData.actAs(winner, DIRECTOR);
            assertThat(inbox.page(new InboxFilter(InboxScope.MINE, null, null, false), 0, 500, InboxSort.DUE, true))
                    .extracting(InboxTask::taskId)
                    .contains(taskId);
        }
    }

    @Test
    void two_directors_completing_the_same_task_at_once_the_deal_moves_on_exactly_once() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Lead lead = leadTask();
            String taskId = lead.taskId();
            long dealId = lead.dealId();
            TestData.actAs(TestData.unique("dir"), DIRECTOR);
            long version = data.dealVersion(dealId);
            TestData.logout();
            List<Object> results = race(
                    TestData.unique("dirA"),
                    TestData.unique("dirB"),
                    me -> inbox.complete(taskId, Completion.of(Outcome.READY, version)));
            assertThat(results)
                    .as("round " + round + ": " + results)
                    .filteredOn(r -> r.equals("ok"))
                    .hasSize(1);
            assertTold(results.stream().filter(r -> !r.equals("ok")).findFirst().orElseThrow());

            TestData.actAs(TestData.unique("dir"), DIRECTOR);
            assertThat(deals.details(dealId).orElseThrow().stage()).isEqualTo(DealStage.REQUIREMENTS);
            List<HandOffEntry> entries = timeline.of(dealId);
            assertThat(entries)
                    .filteredOn(e -> e.toStage() == DealStage.LEAD && e.completedAt() != null)
                    .hasSize(1);
            assertThat(entries)
                    .filteredOn(e -> e.toStage() == DealStage.REQUIREMENTS)
                    .hasSize(1);
            assertThat(inbox.openTasksOf(dealId)).singleElement().satisfies(t -> assertThat(t.stage())
                    .isEqualTo(DealStage.REQUIREMENTS));
        }
    }

    /** Runs the same action as two users released at one instant; "ok" or the exception each got. */
    private List<Object> race(String a, String b, Consumer<String> action) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (String user : List.of(a, b)) {
            futures.add(pool.submit(() -> {
                TestData.actAs(user, DIRECTOR);
                try {
                    start.await(10, TimeUnit.SECONDS);
                    action.accept(user);
                    return "ok";
                } catch (RuntimeException e) {
                    return e;
                } finally {
                    TestData.logout();
                }
            }));
        }
        List<Object> results = new ArrayList<>();
        for (Future<Object> f : futures) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    /** The loser hears why in words: a refusal the screens translate, or a conflict they show as "changed". */
    private static void assertTold(Object refusal) {
        assertThat(refusal).isInstanceOf(RuntimeException.class);
        boolean told = false;
        for (Throwable t = (Throwable) refusal; t != null; t = t.getCause()) {
            told |= t instanceof UserFacingException || t instanceof ConcurrencyFailureException;
        }
        assertThat(told).as("refusal: " + refusal).isTrue();
    }

    record Lead(long dealId, String taskId) {}

    private Lead leadTask() {
        TestData.actAs(TestData.unique("dir"), DIRECTOR);
        long dealId = data.deal(TestData.unique("同時"), WorkCategory.PC);
        String taskId = inbox.openTasksOf(dealId).get(0).taskId();
        TestData.logout();
        return new Lead(dealId, taskId);
    }
}
