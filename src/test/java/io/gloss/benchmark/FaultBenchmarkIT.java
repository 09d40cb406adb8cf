package io.gloss.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.PackagedJar;

/**
 * Faults and greedy clients against the packaged jar on loopback, each bounded by
 * {@code test.fault.seconds}: the checks of issue 11 that are not deterministic enough for the suite.
 * Prints what it measured (acknowledged writes lost, peak RSS, a normal reader's p99) and fails when a
 * write is lost or a reader is starved. On the database the jar was built for (H2 file, or
 * {@code test.it.db-url}). Run:
 * {@code ./mvnw package -DskipTests && ./mvnw failsafe:integration-test failsafe:verify -Dtest.excluded-groups= -Dgroups=fault}
 */
@Tag("fault")
class FaultBenchmarkIT {

    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("test.fault.seconds", 60));
    private static final String PARAGRAPH = "<p>Reporters in the town said the council met again on Tuesday to discuss "
            + "the new road and the school budget, and residents asked questions.</p>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private PackagedJar gloss;

    @AfterEach
    void stop() throws Exception {
        for (Socket socket : sockets) {
            socket.close();
        }
        if (gloss != null) {
            gloss.stop();
        }
    }

    /** kill -9 at random moments under four writers; every write answered 201 or 200 must be there after. */
    @Test
    void killNineLosesNoAcknowledgedWrite() throws Exception {
        gloss = new PackagedJar().start();
        PackagedJar.Editor editor = gloss.newPublication("Kill Nine Daily", "en");
        send(editor.key(), "PUT", editor.article(), Map.of("title", "Story", "language", "en", "body", "<p>Fighters attacked the town.</p>"));

        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger duplicateIds = new AtomicInteger();
        long deadline = System.nanoTime() + DURATION.toNanos();
        int cycles = 0;
        while (System.nanoTime() < deadline) {
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String text = "Footnote " + writer + "." + i + " " + UUID.randomUUID();
                        try {
                            HttpResponse<String> created = send(editor.key(), "POST", editor.article() + "/annotations",
                                    Map.of("kind", "FOOTNOTE", "status", "PUBLISHED", "body", Map.of("text", text)));
                            if (created.statusCode() == 201 && acknowledged.put(JSON.readTree(created.body()).get("id").asLong(), text) != null) {
                                duplicateIds.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException killed) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(300, 1500));
            gloss.kill();
            running.set(false);
            writers.shutdown();
            writers.awaitTermination(10, TimeUnit.SECONDS);
            gloss.start();
            cycles++;
        }
        long lost = acknowledged.entrySet().stream().filter(write -> !write.getValue().equals(footnoteText(editor, write.getKey()))).count();
        System.out.printf("kill -9 on %s: %d cycles, %d writes acknowledged, %d lost, %d ids handed out twice%n",
                database(), cycles, acknowledged.size(), lost, duplicateIds.get());
        // As first run, every write failed (500) and "0 lost" passed: the loop must have written something.
        assertThat(acknowledged).as("writes acknowledged before the kills").isNotEmpty();
        assertThat(lost).isZero();
        assertThat(duplicateIds.get()).isZero();
    }

    /** Connections that pipeline GETs of a large page and never read, while a reader reads a small embed. */
    @Test
    void slowReadersDoNotExhaustTheServer() throws Exception {
        gloss = new PackagedJar().start();
        PackagedJar.Editor editor = gloss.newPublication("Slow Readers Daily", "en");
        publishLongArticle(editor);
        String page = embedPath(editor) + "/page";
        long pageKb = pageKb(page);
        String request = "GET " + page + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        byte[] pipelined = request.repeat(50).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 200; i++) {
            Socket socket = openSocket(4096);
            socket.getOutputStream().write(pipelined);
        }
        Measured measured = readWhile(embedPath(editor));
        System.out.printf("200 connections pipelining 50 GETs of a %d KB page, never reading (%s): peak RSS %d MB, "
                + "normal reader p50 %.0f ms, p99 %.0f ms, %d of %d failed%n", pageKb, database(), measured.peakRssMb,
                measured.p50, measured.p99, measured.failed, measured.requests);
        assertThat(measured.failed).isZero();
    }

    /** 250 connections with one editor key trickling request bodies, while a reader reads a public embed. */
    @Test
    void slowUploadsDoNotStallEmbeds() throws Exception {
        gloss = new PackagedJar().with("GLOSS_LIMITS_BODY_READ_TIMEOUT", "20S").start();
        PackagedJar.Editor editor = gloss.newPublication("Slow Uploads Daily", "en");
        publishLongArticle(editor);
        String head = "PUT " + editor.article() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + editor.key()
                + "\r\nContent-Type: application/json\r\nContent-Length: 200000\r\n\r\n{\"title\":\"";
        List<OutputStream> uploads = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Socket socket = openSocket(65536);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            uploads.add(socket.getOutputStream());
        }
        ExecutorService trickle = Executors.newSingleThreadExecutor();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong cut = new AtomicLong();
        trickle.submit(() -> {
            byte[] bytes = new byte[100];
            Arrays.fill(bytes, (byte) 'a');
            while (running.get()) {
                for (OutputStream upload : uploads) {
                    try {
                        upload.write(bytes);
                    } catch (IOException closedByServer) {
                        cut.incrementAndGet();
                    }
                }
                Thread.sleep(1000);
            }
            return null;
        });
        Measured measured = readWhile(embedPath(editor));
        running.set(false);
        trickle.shutdown();
        System.out.printf("250 slow uploads with one editor key (%s): peak RSS %d MB, public embed p50 %.0f ms, p99 %.0f ms, "
                + "%d of %d failed%n", database(), measured.peakRssMb, measured.p50, measured.p99, measured.failed, measured.requests);
        assertThat(measured.failed).isZero();
    }

    /**
     * PostgreSQL restarted under writers that retry with the same Idempotency-Key on 503: no 500, and
     * after the retries every write is there once. Runs where {@code test.fault.pg-restart} names the
     * command that restarts the database the jar uses.
     */
    @Test
    void aDatabaseRestartAnswers503AndLosesNothing() throws Exception {
        String restart = System.getProperty("test.fault.pg-restart", "");
        Assumptions.assumeFalse(restart.isBlank() || database().equals("H2"),
                "set test.fault.pg-restart (and test.it.db-url) to restart PostgreSQL under traffic");
        gloss = new PackagedJar().start();
        PackagedJar.Editor editor = gloss.newPublication("Restart Daily", "en");
        send(editor.key(), "PUT", editor.article(), Map.of("title", "Story", "language", "en", "body", "<p>Fighters attacked the town.</p>"));

        Map<String, Long> created = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> {
                while (running.get()) {
                    String key = UUID.randomUUID().toString();
                    Map<String, Object> body = Map.of("kind", "FOOTNOTE", "status", "PUBLISHED", "body", Map.of("text", key));
                    // The same request with the same key until it is answered as done: a client's way to
                    // tell "done" from "not done" after a 503 (docs/api.md, "Errors").
                    while (true) {
                        int status;
                        try {
                            HttpResponse<String> answer = send(editor.key(), "POST", editor.article() + "/annotations", body,
                                    "Idempotency-Key", key);
                            status = answer.statusCode();
                            if (status == 201 || status == 200) {
                                created.put(key, JSON.readTree(answer.body()).get("id").asLong());
                            }
                        } catch (IOException connectionLost) {
                            status = -1;
                        }
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status == 201 || status == 200) {
                            break;
                        }
                        Thread.sleep(status == 503 ? 500 : 100);
                    }
                }
                return null;
            });
        }
        Thread.sleep(2000);
        Process restarted = new ProcessBuilder("sh", "-c", restart).inheritIO().start();
        assertThat(restarted.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(Math.max(5000, DURATION.toMillis() / 4));
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        Map<String, Integer> stored = new java.util.HashMap<>();
        for (int page = 0;; page++) {
            JsonNode annotations = JSON.readTree(send(editor.key(), "GET", editor.article() + "/annotations?size=1000&page=" + page, null).body());
            annotations.forEach(a -> stored.merge(a.get("body").get("text").asText(), 1, Integer::sum));
            if (annotations.size() < 1000) {
                break;
            }
        }
        long missing = created.keySet().stream().filter(k -> !stored.containsKey(k)).count();
        long doubled = stored.values().stream().filter(n -> n > 1).count();
        System.out.printf("PostgreSQL restarted under 4 writers: answers %s; %d writes done, %d missing, %d made twice%n",
                statuses, created.size(), missing, doubled);
        assertThat(created).as("writes done around the restart").isNotEmpty();
        assertThat(statuses).doesNotContainKey(500);
        assertThat(missing).isZero();
        assertThat(doubled).isZero();
    }

    /**
     * Storing and first rendering an article naming organisations in every sentence, by size: as found,
     * a 495 KB article took 21 s to store and 20 s per first render.
     */
    @Test
    void storingAndRenderingCostGrowsLinearlyWithTheArticle() throws Exception {
        gloss = new PackagedJar().start();
        PackagedJar.Editor editor = gloss.newPublication("Long Reads Daily", "en");
        String sentence = "<p>Fighters of Daesh and the Taliban attacked; a bakery called al-Qaeda Sweets closed.</p>";
        send(editor.key(), "PUT", editor.article() + "-warm-up", Map.of("title", "Warm-up", "language", "en",
                "body", sentence.repeat(1000)));
        double storedBefore = 0;
        for (double megabytes : new double[] { 0.1, 0.2, 0.4, 0.8 }) {
            String body = sentence.repeat((int) (megabytes * 1_000_000 / sentence.length()));
            String article = editor.article() + (int) (megabytes * 10);
            long start = System.nanoTime();
            HttpResponse<String> stored = send(editor.key(), "PUT", article, Map.of("title", "Long", "language", "en", "body", body,
                    "publishedAt", "2024-01-01T00:00:00Z"));
            double storeMillis = (System.nanoTime() - start) / 1e6;
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
            start = System.nanoTime();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(embedPath(editor) + (int) (megabytes * 10) + "/page")).build(),
                    HttpResponse.BodyHandlers.ofString());
            double renderMillis = (System.nanoTime() - start) / 1e6;
            assertThat(page.statusCode()).isEqualTo(200);
            System.out.printf("article of %.1f MB (%s): stored in %,.0f ms%s, first page render %,.0f ms%n", megabytes, database(),
                    storeMillis, storedBefore == 0 ? "" : String.format(" (%.2f× half the size)", storeMillis / storedBefore), renderMillis);
            storedBefore = storeMillis;
        }
    }

    private record Measured(int requests, int failed, double p50, double p99, long peakRssMb) {
    }

    /** A reader's latencies and the server's peak RSS for the configured duration. */
    private Measured readWhile(String path) throws Exception {
        List<Double> millis = new ArrayList<>();
        int failed = 0;
        long peak = 0;
        long deadline = System.nanoTime() + DURATION.toNanos();
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                failed += answer.statusCode() == 200 ? 0 : 1;
            } catch (IOException timedOut) {
                failed++;
            }
            millis.add((System.nanoTime() - start) / 1e6);
            peak = Math.max(peak, rssMb());
            Thread.sleep(100);
        }
        Collections.sort(millis);
        return new Measured(millis.size(), failed, millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.99)), peak);
    }

    private long rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + gloss.process().pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return 0;
    }

    private void publishLongArticle(PackagedJar.Editor editor) throws Exception {
        assertThat(send(editor.key(), "PUT", editor.article(), Map.of("title", "Long story", "language", "en",
                "body", PARAGRAPH.repeat(3000), "publishedAt", "2024-01-01T00:00:00Z")).statusCode()).isEqualTo(201);
    }

    private long pageKb(String page) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.ofByteArray()).body().length / 1024;
    }

    private String footnoteText(PackagedJar.Editor editor, long id) {
        try {
            HttpResponse<String> answer = send(editor.key(), "GET", editor.article() + "/annotations/" + id, null);
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()).get("body").get("text").asText() : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String key, String method, String path, Object body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Socket openSocket(int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(receiveBuffer);
        socket.connect(new InetSocketAddress("127.0.0.1", gloss.port()));
        sockets.add(socket);
        return socket;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gloss.port() + path);
    }

    private static String embedPath(PackagedJar.Editor editor) {
        return editor.article().replace("/api/publications/", "/embed/").replace("/articles/", "/");
    }

    private static String database() {
        return System.getProperty("test.it.db-url", "").isBlank() ? "H2" : "PostgreSQL";
    }
}
