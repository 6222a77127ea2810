package jp.tsunagu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.TestNodes;
import jp.tsunagu.base.ui.Grids;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Realistic Vaadin sessions against the app running as its own JVM on 100,000 deals: directors work their inbox
 * (both tabs, scrolling), open a lead task, claim it, choose the outcome and complete it, then look at a deal and the
 * deal list; intermediary staff work their inbox, claim and release an assignment task, open the facilities and a
 * deal; supervisors open the SLA monitor and the KPI dashboard. Three to eight seconds of thinking between steps.
 * Each level (50, 200, 500 users) ramps up, is measured for {@code load.minutes}, then the app's live heap is taken
 * with every session still open ({@code jcmd GC.class_histogram}, which collects first) and compared with the heap
 * after everyone has logged out. Writes target/load.txt (and what grew, by class, to target/load-heap-N.txt).
 * Run on the production build (dev mode tracks where every component was made, megabytes per session):
 * {@code mvn verify -Pproduction,load [-Dload.users=50,200,500 -Dload.minutes=3 -Dload.jfr=true]}.
 */
class VaadinLoadIT {

    static final List<Integer> LEVELS = Arrays.stream(
                    System.getProperty("load.users", "50,200,500").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .toList();
    static final double MINUTES = Double.parseDouble(System.getProperty("load.minutes", "3"));
    static final int DEALS = Integer.getInteger("load.deals", 100_000);
    static final int OPEN_TASKS = 20_000;
    static final int COMPLETED_HAND_OFFS = 300_000;
    static final int REAL_DEALS = Integer.getInteger("load.realDeals", 3_000);
    static final String HEAP = System.getProperty("load.heap", "3g");
    static final String PASSWORD = "load-pass-1";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void realistic_sessions_at_50_200_and_500_users() throws Exception {
        List<String> report = Timings.printingReport();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("timezone", Application.ZONE)
                .setServerConfig("max_connections", "200")
                .start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Process node = startNode(url, port);
            try {
                String base = "http://localhost:" + port;
                // One connection: the data filler works with temporary tables.
                JdbcTemplate sql = new JdbcTemplate(new SingleConnectionDataSource(url, "postgres", "", true));
                Pools pools = seed(sql, base, report);
                VaadinTab probe = new VaadinTab(http, base, (action, nanos, error) -> {});
                assertThat(probe.logIn("bench-sv0", PASSWORD))
                        .as("a load user can log in")
                        .isTrue();
                assertThat(probe.productionMode())
                        .as("the app runs as the production build (-Pproduction)")
                        .isTrue();
                probe.click("logout", "logout");
                report.add(String.format(
                        Locale.ROOT,
                        "app: its own JVM (-Xmx%s, Vaadin production mode), %d cores" + " shared with this load driver",
                        HEAP,
                        Runtime.getRuntime().availableProcessors()));

                runLevel(base, pools, 10, 1.0, null, List.of()); // warm-up: JIT, caches, first views
                for (int users : LEVELS) {
                    Level level = runLevel(base, pools, users, MINUTES, node, report);
                    // The same app a moment later without those sessions: the difference is what they held.
                    Thread.sleep(5_000);
                    Heap after = liveHeap(node.pid());
                    long perSession = (level.heap.bytes() - after.bytes()) / users;
                    report.add(String.format(
                            Locale.ROOT,
                            "  live heap: %,d MB with %d users logged in (%d Vaadin"
                                    + " sessions, %d UIs), %,d MB once they logged out (%d sessions) = %,d kB per session",
                            level.heap.bytes() >> 20,
                            users,
                            level.heap.sessions(),
                            level.heap.uis(),
                            after.bytes() >> 20,
                            after.sessions(),
                            perSession >> 10));
                    Files.createDirectories(Path.of("target"));
                    Files.write(Path.of("target/load-heap-" + users + ".txt"), level.heap.growthOver(after, 40));
                    // Figures, not verdicts (an overloaded level is a result); but the work must really have happened.
                    assertThat(level.loggedIn.get()).as("users logged in").isPositive();
                    assertThat(level.heap.sessions())
                            .as("a Vaadin session per logged-in user")
                            .isGreaterThanOrEqualTo(level.loggedIn.get());
                    assertThat(level.completed.get())
                            .as("directors completed real tasks")
                            .isPositive();
                }
            } finally {
                node.destroy();
                node.waitFor(30, TimeUnit.SECONDS);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/load.txt"), report);
    }

    // ---- the app and its data ----

    private Process startNode(String url, int port) throws Exception {
        List<String> options = new ArrayList<>(List.of("-Xmx" + HEAP, "-Duser.timezone=" + Application.ZONE));
        if (Boolean.getBoolean("load.jfr")) { // where the app spends its time: target/load-node.jfr
            options.add("-XX:StartFlightRecording=filename=target/load-node.jfr,settings=profile");
        }
        List<String> command = TestNodes.childJvm(options.toArray(String[]::new));
        command.add(Application.class.getName());
        command.addAll(TestNodes.arguments(
                url,
                "--server.port=" + port,
                "--logging.level.root=warn",
                "--logging.level.jp.tsunagu.Application=info",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--camunda.bpm.deployment-resource-pattern=classpath:bpmn/*.bpmn"));
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch started = new CountDownLatch(1);
        Path log = Path.of("target/load-node.log");
        Files.createDirectories(log.getParent());
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                            new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.println(line);
                    out.flush();
                    if (line.contains("Started Application")) {
                        started.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the node stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(started.await(3, TimeUnit.MINUTES))
                .as("the app started (see target/load-node.log)")
                .isTrue();
        return node;
    }

    record Pools(Queue<String> leadTasks, List<String> assignmentTasks, long firstDeal, long lastDeal) {}

    private Pools seed(JdbcTemplate sql, String base, List<String> report) throws Exception {
        long start = System.nanoTime();
        String definition = sql.queryForObject(
                "select id_ from act_re_procdef where key_ = 'deal-pipeline'" + " order by version_ desc limit 1",
                String.class);
        new ScaleData(sql).fill(DEALS, OPEN_TASKS, COMPLETED_HAND_OFFS, definition);
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        sql.update(
                "insert into app_user (username, password_hash, display_name, role) select 'bench-dir' || g, ?,"
                        + " '負荷 ディレクター' || g, 'DIRECTOR' from generate_series(0, 19) g",
                hash);
        sql.update(
                "insert into app_user (username, password_hash, display_name, role) select 'bench-int' || g, ?,"
                        + " '負荷 中間支援' || g, 'INTERMEDIARY' from generate_series(0, 9) g",
                hash);
        sql.update(
                "insert into app_user (username, password_hash, display_name, role) select 'bench-sv' || g, ?,"
                        + " '負荷 統括' || g, 'SUPERVISOR' from generate_series(0, 4) g",
                hash);
        long customer = sql.queryForObject("select min(id) from customer", Long.class);

        // Real deals through the API, so the lead tasks directors complete are the engine's own.
        String auth = "Basic "
                + Base64.getEncoder().encodeToString(("bench-dir0:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        AtomicInteger created = new AtomicInteger();
        List<Thread> creators = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread creator = new Thread(() -> {
                for (int i = thread; i < REAL_DEALS; i += 4) {
                    String body = "{\"customerId\":" + (customer + i % 1000) + ",\"title\":\"負荷案件" + i
                            + "\",\"category\":\"PC\",\"orderType\":\"ONE_OFF\",\"monthlyAmount\":120000}";
                    try {
                        HttpResponse<String> r = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/deals"))
                                        .header("Authorization", auth)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            created.incrementAndGet();
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            creator.start();
            creators.add(creator);
        }
        for (Thread creator : creators) {
            creator.join();
        }
        assertThat(created.get()).as("real deals created through the API").isEqualTo(REAL_DEALS);
        sql.execute("vacuum analyze");
        Queue<String> leadTasks = new ConcurrentLinkedQueue<>(sql.queryForList(
                "select id_ from act_ru_task"
                        + " where task_def_key_ = 'qualifyLead' and id_ not like 'bt-%' order by random()",
                String.class));
        List<String> assignment = sql.queryForList(
                "select id_ from act_ru_task where task_def_key_ ="
                        + " 'assignFacilities' and assignee_ is null limit 2000",
                String.class);
        long firstDeal = sql.queryForObject("select min(id) from deal", Long.class);
        long lastDeal = sql.queryForObject("select max(id) from deal", Long.class);
        report.add(String.format(
                Locale.ROOT,
                "data: %,d deals (%,d of them real, made through the API), %,d open"
                        + " tasks, %,d completed hand-offs; filled in %.0f s",
                sql.queryForObject("select count(*) from deal", Long.class),
                REAL_DEALS,
                sql.queryForObject("select count(*) from act_ru_task", Long.class),
                sql.queryForObject("select count(*) from hand_off where completed_at is not null", Long.class),
                (System.nanoTime() - start) / 1e9));
        return new Pools(leadTasks, assignment, firstDeal, lastDeal);
    }

    // ---- one level of users ----

    record Sample(String action, long nanos, String error) {}

    static final class Level {
        final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
        final AtomicInteger loggedIn = new AtomicInteger();
        final AtomicLong completed = new AtomicLong();
        volatile boolean recording;
        volatile boolean stop;
        Heap heap;
    }

    private Level runLevel(String base, Pools pools, int users, double minutes, Process node, List<String> report)
            throws Exception {
        Level level = new Level();
        VaadinTab.Recorder recorder = (action, nanos, error) -> {
            if (level.recording || action.startsWith("login")) {
                level.samples.add(new Sample(action, nanos, error));
            }
        };
        List<Thread> threads = new ArrayList<>();
        long rampMillis = Math.max(5_000, users * 100L);
        for (int i = 0; i < users; i++) {
            int user = i;
            Thread t = new Thread(() -> runUser(user, base, pools, level, recorder, rampMillis * user / users));
            t.setName("load-user-" + i);
            t.start();
            threads.add(t);
        }
        Thread.sleep(rampMillis + 20_000);
        long windowStart = System.nanoTime();
        level.recording = true;
        Thread.sleep((long) (minutes * 60_000));
        level.recording = false;
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        if (node != null) {
            level.heap = liveHeap(node.pid());
        }
        level.stop = true;
        for (Thread t : threads) {
            t.join(120_000);
        }
        if (node != null) {
            summarise(level, users, seconds, report);
        }
        return level;
    }

    private void runUser(int user, String base, Pools pools, Level level, VaadinTab.Recorder recorder, long delay) {
        if (!pause(level, delay)) {
            return;
        }
        VaadinTab tab = new VaadinTab(http, base, recorder);
        int kind = user % 10; // six directors, three intermediary staff, one supervisor in ten
        String username =
                kind < 6 ? "bench-dir" + (user % 20) : kind < 9 ? "bench-int" + (user % 10) : "bench-sv" + (user % 5);
        if (!tab.logIn(username, PASSWORD)) {
            recorder.record("login", 0, "login refused for " + username);
            return;
        }
        level.loggedIn.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!level.stop) {
            if (kind < 6) {
                directorRound(tab, pools, level, random);
            } else if (kind < 9) {
                intermediaryRound(tab, pools, level, random);
            } else {
                supervisorRound(tab, pools, level, random);
            }
        }
        if (!tab.click("logout", "logout")) {
            recorder.record("logout", 0, "no logout button on the page");
        }
    }

    private void directorRound(VaadinTab tab, Pools pools, Level level, ThreadLocalRandom random) {
        String task = pools.leadTasks().poll();
        steps(
                level,
                () -> tab.navigate("tasks"),
                () -> tab.selectTab("inbox-tabs", 1),
                () -> tab.scroll("inbox-grid", 50, Grids.PAGE_SIZE),
                () -> {
                    if (task != null) {
                        steps(level, () -> tab.navigate("tasks/" + task), () -> tab.click("claim", "claim"), () -> {
                            tab.setValue("outcome", "1");
                            tab.click("complete", "complete task");
                            if (tab.shows("を完了しました")) {
                                level.completed.incrementAndGet();
                            }
                        });
                    }
                },
                () -> tab.navigate("deals/" + random.nextLong(pools.firstDeal(), pools.lastDeal() + 1)),
                () -> tab.navigate("deals"),
                () -> tab.scroll("deal-grid", 50, Grids.PAGE_SIZE));
    }

    private void intermediaryRound(VaadinTab tab, Pools pools, Level level, ThreadLocalRandom random) {
        List<String> tasks = pools.assignmentTasks();
        steps(
                level,
                () -> tab.navigate("tasks"),
                () -> tab.selectTab("inbox-tabs", 1),
                () -> {
                    if (!tasks.isEmpty()) {
                        steps(
                                level,
                                () -> tab.navigate("tasks/" + tasks.get(random.nextInt(tasks.size()))),
                                () -> tab.click("claim", "claim"),
                                () -> tab.click("unclaim", "release"));
                    }
                },
                () -> tab.navigate("facilities"),
                () -> tab.navigate("deals/" + random.nextLong(pools.firstDeal(), pools.lastDeal() + 1)));
    }

    private void supervisorRound(VaadinTab tab, Pools pools, Level level, ThreadLocalRandom random) {
        steps(
                level,
                () -> tab.navigate("sla"),
                () -> tab.navigate("kpi"),
                () -> {}, // the dashboard is read for longer
                () -> tab.navigate("deals/" + random.nextLong(pools.firstDeal(), pools.lastDeal() + 1)));
    }

    /** Each step, then a think; stops as soon as the level is over. */
    private static void steps(Level level, Runnable... steps) {
        for (Runnable step : steps) {
            if (level.stop) {
                return;
            }
            step.run();
            if (!think(level)) {
                return;
            }
        }
    }

    /** Three to eight seconds; false once the level is over. */
    private static boolean think(Level level) {
        return pause(level, ThreadLocalRandom.current().nextLong(3_000, 8_000));
    }

    private static boolean pause(Level level, long millis) {
        long end = System.currentTimeMillis() + millis;
        try {
            while (!level.stop && System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(250, Math.max(1, end - System.currentTimeMillis())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !level.stop;
    }

    // ---- figures ----

    private static void summarise(Level level, int users, double seconds, List<String> report) {
        List<Sample> all = new ArrayList<>(level.samples);
        List<Sample> window =
                all.stream().filter(s -> !s.action().startsWith("login")).toList();
        List<Sample> logins =
                all.stream().filter(s -> s.action().startsWith("login")).toList();
        List<Sample> errors = all.stream().filter(s -> s.error() != null).toList();
        report.add(String.format(
                Locale.ROOT,
                "%d users (%d logged in): %,d requests in %.0f s (%.1f/s), p50 %.0f ms,"
                        + " p95 %.0f ms, p99 %.0f ms, max %.0f ms; %d errors; %d tasks completed; login requests p95"
                        + " %.0f ms",
                users,
                level.loggedIn.get(),
                window.size(),
                seconds,
                window.size() / seconds,
                pct(window, 0.50),
                pct(window, 0.95),
                pct(window, 0.99),
                pct(window, 1.0),
                errors.size(),
                level.completed.get(),
                pct(logins, 0.95)));
        Map<String, List<Sample>> byAction =
                window.stream().collect(Collectors.groupingBy(Sample::action, TreeMap::new, Collectors.toList()));
        byAction.forEach((action, samples) -> report.add(String.format(
                Locale.ROOT,
                "    %-22s %6d   p50 %5.0f ms   p95 %5.0f ms",
                action,
                samples.size(),
                pct(samples, 0.5),
                pct(samples, 0.95))));
        errors.stream()
                .collect(Collectors.groupingBy(s -> s.action() + ": " + s.error(), Collectors.counting()))
                .forEach((what, n) -> report.add("    error ×" + n + " " + what));
    }

    private static double pct(List<Sample> samples, double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        int index = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(sorted.length * p) - 1));
        return sorted[index] / 1e6;
    }

    record Heap(long bytes, long sessions, long uis, Map<String, Long> byClass) {

        /** The classes that grew most from {@code other} to this, for finding what a session holds. */
        List<String> growthOver(Heap other, int top) {
            return byClass.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - other.byClass.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(top)
                    .map(e -> String.format(Locale.ROOT, "%,12d kB  %s", e.getValue() >> 10, e.getKey()))
                    .toList();
        }
    }

    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);

    /** Live objects of the app after a full collection, from {@code jcmd GC.class_histogram}. */
    private static Heap liveHeap(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher total = TOTAL.matcher(out);
        assertThat(total.find())
                .as("jcmd answered: %s", out.lines().limit(3).toList())
                .isTrue();
        Map<String, Long> byClass = new TreeMap<>();
        out.lines()
                .map(l -> l.strip().split("\\s+"))
                .filter(f -> f.length >= 4 && f[0].endsWith(":"))
                .forEach(f -> byClass.merge(f[3], Long.parseLong(f[2]), Long::sum));
        return new Heap(
                Long.parseLong(total.group(2)),
                instances(out, "com.vaadin.flow.server.VaadinSession")
                        + instances(out, "com.vaadin.flow.spring.SpringVaadinSession"),
                instances(out, "com.vaadin.flow.component.UI"),
                byClass);
    }

    private static long instances(String histogram, String className) {
        return histogram
                .lines()
                .map(l -> l.strip().split("\\s+"))
                .filter(f -> f.length >= 4 && f[3].equals(className))
                .mapToLong(f -> Long.parseLong(f[1]))
                .sum();
    }
}
