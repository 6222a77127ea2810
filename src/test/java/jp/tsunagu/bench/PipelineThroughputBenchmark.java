package jp.tsunagu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Pipeline throughput: directors on {@code bench.threads} threads each create a deal and complete its lead task (the
 * first hand-off: the process moves to requirements, the lead's SLA clock stops, the next one starts) as fast as the
 * machine allows, with the job executor running: first {@code bench.warmup} minutes (1 by default) while the JVM
 * compiles its hot code, reported but not counted, then {@code bench.minutes} (10 by default) measured. Every 30 s it
 * records the rate and the due-job backlog (jobs whose due time has passed but that have not run), which must not
 * grow. Run: {@code mvn verify -Pbench -Dit.test=PipelineThroughputBenchmark [-Dbench.minutes=10 -Dbench.warmup=1
 * -Dbench.threads=8]}; figures go to the console and target/bench-throughput.txt.
 */
@SpringBootTest(
        properties = {"camunda.bpm.job-execution.enabled=true", "spring.datasource.hikari.maximum-pool-size=20"})
@ActiveProfiles("test")
class PipelineThroughputBenchmark {

    static final double MINUTES = Double.parseDouble(System.getProperty("bench.minutes", "10"));
    static final double WARMUP = Double.parseDouble(System.getProperty("bench.warmup", "1"));
    static final int THREADS = Integer.getInteger("bench.threads", 8);

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DealService deals;

    @Test
    void deals_through_their_first_hand_off_per_second() throws Exception {
        List<String> report = Timings.printingReport();
        TestData.actAs("bench-dir", AppRoles.DIRECTOR);
        long customer = data.customer();
        TestData.logout();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long measureFrom = System.nanoTime() + (long) (WARMUP * 60e9);
        long end = measureFrom + (long) (MINUTES * 60e9);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                TestData.actAs("bench-dir-" + thread, AppRoles.DIRECTOR);
                var form = new NewDeal();
                form.setCustomerId(customer);
                form.setCategory(WorkCategory.PC);
                form.setOrderType(OrderType.RECURRING);
                form.setMonthlyAmount(100_000L);
                while (System.nanoTime() < end) {
                    try {
                        form.setTitle("スループット " + thread + "-" + done.get());
                        long deal = deals.create(form);
                        String task = inbox.openTasksOf(deal).get(0).taskId();
                        inbox.complete(task, Completion.of(Outcome.READY, data.dealVersion(deal)));
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        long warmedUp = done.get();
        report.add(String.format(
                "  warm-up, %.1f min: %,d deals (%.1f/s), not counted",
                WARMUP, warmedUp, WARMUP > 0 ? warmedUp / (WARMUP * 60) : 0));
        long started = System.nanoTime();
        long last = warmedUp;
        List<Integer> backlog = new ArrayList<>();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(30_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            long now = done.get();
            int due = jdbc.queryForObject(
                    "select count(*) from act_ru_job where duedate_ < now() and retries_ > 0", Integer.class);
            backlog.add(due);
            report.add(String.format(
                    "  after %4.0f s: %,d deals through their first hand-off (%.1f/s in this interval), "
                            + "due-job backlog %d",
                    (System.nanoTime() - started) / 1e9, now - warmedUp, (now - last) / 30.0, due));
            last = now;
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        long measured = done.get() - warmedUp;
        report.add(
                0,
                String.format(
                        "pipeline throughput, %d threads, %.1f min after %.1f min of warm-up: %,d deals created "
                                + "and through their first hand-off, %.1f per second; %d failed; due-job backlog max %d, last %d",
                        THREADS,
                        MINUTES,
                        WARMUP,
                        measured,
                        measured / seconds,
                        failed.get(),
                        backlog.stream().mapToInt(Integer::intValue).max().orElse(0),
                        backlog.isEmpty() ? 0 : backlog.get(backlog.size() - 1)));
        System.out.println(report.get(0));
        Files.write(Path.of("target/bench-throughput.txt"), report);
        assertThat(failed.get()).isZero();
    }
}
