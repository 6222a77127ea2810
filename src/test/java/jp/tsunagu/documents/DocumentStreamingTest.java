package jp.tsunagu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A 200 MB file through the real HTTP API, both ways: the server never holds it in memory (the heap, measured after a
 * collection every half second while it travels, grows by less than 32 MB), the download is byte for byte the upload,
 * and its Japanese name comes back in the RFC 5987 form browsers read.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tsunagu.documents.max-file-size=300MB", "tsunagu.documents.max-deal-size=1GB"})
@ActiveProfiles("test")
class DocumentStreamingTest {

    private static final long SIZE = 200L * 1024 * 1024;
    private static final String PASSWORD = "stream-pass-1";
    private static final String NAME = "大きな作業データ.bin";

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory users;

    @Autowired
    TestData data;

    @Test
    void a_200_mb_file_goes_in_and_out_without_the_heap_growing_by_32_mb() throws Exception {
        String director = TestData.unique("bigdir");
        users.create(director, PASSWORD, "大容量 担当", AppRoles.DIRECTOR);
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("大容量の案件"), WorkCategory.PC);
        TestData.logout();
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((director + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        String boundary = "tsunagu-" + System.nanoTime();
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + NAME
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/documents?attachedTo=DEAL&id=" + dealId + "&visibility=INTERMEDIARY"))
                .header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(
                                () -> new SequenceInputStream(Collections.enumeration(List.of(
                                        new ByteArrayInputStream(head),
                                        new Generated(SIZE, sent),
                                        new ByteArrayInputStream(tail))))),
                        head.length + SIZE + tail.length))
                .build();

        HeapWatch watch = HeapWatch.start();
        HttpResponse<String> created = http.send(upload, HttpResponse.BodyHandlers.ofString());
        long uploadGrowth = watch.stop();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode row = new ObjectMapper().readTree(created.body());
        assertThat(row.get("name").asText()).isEqualTo(NAME);
        assertThat(row.at("/versions/0/sizeBytes").asLong()).isEqualTo(SIZE);

        MessageDigest received = MessageDigest.getInstance("SHA-256");
        HttpRequest download = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents/"
                        + row.get("id").asLong() + "/content"))
                .header("Authorization", auth)
                .GET()
                .build();
        watch = HeapWatch.start();
        HttpResponse<InputStream> file = http.send(download, HttpResponse.BodyHandlers.ofInputStream());
        long count = 0;
        try (InputStream in = file.body()) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                received.update(buffer, 0, n);
                count += n;
            }
        }
        long downloadGrowth = watch.stop();
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(count).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(received.digest()))
                .as("byte for byte")
                .isEqualTo(HexFormat.of().formatHex(sent.digest()));
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''"
                        + URLEncoder.encode(NAME, StandardCharsets.UTF_8).replace("+", "%20"));

        String figures = String.format(
                "200 MB upload: heap growth %.1f MB; download: %.1f MB%n",
                uploadGrowth / 1048576.0, downloadGrowth / 1048576.0);
        System.out.print(figures);
        Files.writeString(Path.of("target", "document-heap.txt"), figures);
        assertThat(uploadGrowth).as("heap growth while uploading").isLessThan(32L * 1024 * 1024);
        assertThat(downloadGrowth).as("heap growth while downloading").isLessThan(32L * 1024 * 1024);
    }

    /** The heap after a full collection, every half second; the growth is the largest rise over the start. */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private long base;
        private Thread thread;

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            w.base = w.settled();
            w.thread = new Thread(() -> {
                while (w.running.get()) {
                    w.peak.accumulateAndGet(w.settled() - w.base, Math::max);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            w.thread.setDaemon(true);
            w.thread.start();
            return w;
        }

        long settled() {
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }

    /** {@code size} pseudo-random bytes, made as they are read (never held), their digest kept on the way. */
    private static final class Generated extends InputStream {
        private final SplittableRandom random = new SplittableRandom(20261130);
        private final MessageDigest digest;
        private long left;

        Generated(long size, MessageDigest digest) {
            this.left = size;
            this.digest = digest;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) random.nextInt(256);
            }
            digest.update(b, off, n);
            left -= n;
            return n;
        }
    }
}
