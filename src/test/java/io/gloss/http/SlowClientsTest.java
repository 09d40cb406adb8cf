package io.gloss.http;

import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

/**
 * Clients that read or send slowly, reproduced as found: pipelined GETs that are never read made the
 * server render every one into memory; slow uploads held the worker threads public embeds need.
 */
@QuarkusTest
class SlowClientsTest {

    private static final String PARAGRAPH = "<p>Reporters in the town said the council met again on Tuesday to discuss "
            + "the new road and the school budget, and residents asked questions.</p>";

    @Inject
    MeterRegistry metrics;

    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void aConnectionThatDoesNotReadIsNotAnsweredAhead() throws Exception {
        String slug = newPublication();
        putArticle(slug, editorKey(slug), "long", PARAGRAPH.repeat(3000));
        String page = "/embed/" + slug + "/long/page";
        given().get(page).then().statusCode(200);
        long before = pageAnswers();

        Socket reader = new Socket();
        reader.setReceiveBufferSize(4096);
        connect(reader);
        String get = "GET " + page + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        reader.getOutputStream().write(get.repeat(100).getBytes(StandardCharsets.US_ASCII));
        reader.getOutputStream().flush();

        long answered = settledPageAnswers() - before;
        // A few answers fit in the sockets' buffers (megabytes on loopback); the rest wait for the reader.
        assertThat(answered).as("page answers rendered for a connection that reads nothing").isBetween(1L, 25L);
        given().get("/embed/" + slug + "/long").then().statusCode(200);
    }

    @Test
    void aStalledUploadIsCutAndHoldsNoWorker() throws Exception {
        String slug = newPublication();
        String key = editorKey(slug);
        putArticle(slug, key, "story", "<p>Fighters attacked the town.</p>");

        Socket upload = stalledUpload(key, articlePath(slug, "story"), 100_000, 50_000);
        Thread.sleep(500);
        assertThat(threadsReadingBodies()).as("worker threads blocked reading a request body").isEmpty();
        given().get("/embed/" + slug + "/story").then().statusCode(200);

        upload.setSoTimeout(20_000);
        String answer = readAll(upload.getInputStream());
        assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
        as(key).get(articlePath(slug, "story")).then().statusCode(200).body("title", equalTo("Title of story"));
    }

    @Test
    void uploadsPastTheLimitWaitTheirTurn() throws Exception {
        String slug = newPublication();
        String key = editorKey(slug);
        putArticle(slug, key, "story", "<p>Fighters attacked the town.</p>");
        int limit = Integer.parseInt(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("gloss.limits.concurrent-uploads", String.class));
        for (int i = 0; i < limit; i++) {
            stalledUpload(key, articlePath(slug, "story"), 20_000, 100);
        }
        Thread.sleep(300);
        as(key).body(Map.of("title", "New", "language", "en", "body", "<p>New text.</p>"))
                .put(articlePath(slug, "story")).then().statusCode(503).header("Retry-After", "5")
                .contentType(Problem.MEDIA_TYPE);
        given().get("/embed/" + slug + "/story").then().statusCode(200);
        // A body the client is still sending when it is refused: closing on it lost the answer to "Broken pipe".
        byte[] large = ("{\"title\":\"New\",\"language\":\"en\",\"body\":\"<p>" + "x".repeat(1_500_000) + "</p>\"}")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + RestAssured.port + articlePath(slug, "story")))
                    .version(HttpClient.Version.HTTP_1_1)
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(large)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(503);
        }

        close();
        sockets.clear();
        Thread.sleep(300);
        as(key).body(Map.of("title", "New", "language", "en", "body", "<p>New text.</p>"))
                .put(articlePath(slug, "story")).then().statusCode(200);
    }

    /** As found by the fault benchmark: reading bodies ahead broke every write over HTTP/2 (h2c), with a 500. */
    @Test
    void writesOverHttp2StillWork() throws Exception {
        String slug = newPublication();
        String key = editorKey(slug);
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> answer = http2.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + RestAssured.port + articlePath(slug, "h2")))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Over HTTP/2\",\"language\":\"en\",\"body\":\"<p>Text.</p>\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_2);
    }

    private Socket stalledUpload(String key, String path, int declared, int sent) throws IOException {
        Socket socket = new Socket();
        connect(socket);
        OutputStream out = socket.getOutputStream();
        out.write(("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + declared + "\r\n\r\n{\"title\":\"")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] filler = new byte[sent];
        Arrays.fill(filler, (byte) 'a');
        out.write(filler);
        out.flush();
        return socket;
    }

    private void connect(Socket socket) throws IOException {
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", RestAssured.port));
        sockets.add(socket);
    }

    /** Page requests answered so far, once the count stopped moving. */
    private long settledPageAnswers() throws InterruptedException {
        long previous = -1;
        for (int i = 0; i < 40; i++) {
            Thread.sleep(250);
            long now = pageAnswers();
            if (now == previous) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private long pageAnswers() {
        return metrics.find("http.server.requests").tag("uri", "/embed/{slug}/{externalId}/page").timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private static List<String> threadsReadingBodies() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(frame -> frame.getClassName().contains("VertxInputStream")))
                .map(e -> e.getKey().getName()).toList();
    }

    private static String readAll(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer to a stalled upload", e);
        }
    }
}
