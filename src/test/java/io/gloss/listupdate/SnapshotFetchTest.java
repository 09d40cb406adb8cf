package io.gloss.listupdate;

import static io.gloss.TestApi.asOperator;
import static io.gloss.listupdate.ListUpdateApiTest.entry;
import static io.gloss.listupdate.ListUpdateApiTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The scheduled fetch of a list snapshot, against an HTTP server on loopback that plays the list's
 * publisher: a copy that changes entries waits for review; one that only confirms the list is applied at
 * once; a failing publisher leaves the registry as it was.
 */
@QuarkusTest
class SnapshotFetchTest {

    @Inject
    SnapshotFetch fetch;

    private HttpServer publisher;
    private final AtomicReference<String> served = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);

    @BeforeEach
    void startPublisher() throws IOException {
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publisher.createContext("/list.json", exchange -> {
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        publisher.start();
    }

    @AfterEach
    void stopPublisher() {
        publisher.stop(0);
    }

    @Test
    void aChangedCopyWaitsForReviewAndAConfirmingOneIsApplied() {
        String code = "zz-fetched-" + System.nanoTime() % 100000;
        URI url = URI.create("http://127.0.0.1:" + publisher.getAddress().getPort() + "/list.json");
        served.set(snapshot(code, "2026-10-01", List.of(entry("1", "Fetched Front " + code, null))));

        assertThat(fetch.fetch(url)).isEqualTo(SnapshotFetch.Outcome.HELD_FOR_REVIEW);
        assertThat(fetch.fetch(url)).isEqualTo(SnapshotFetch.Outcome.ALREADY_HELD);
        asOperator().get("/api/registry/lists/{code}", code).then().statusCode(404);
        long id = asOperator().get("/api/registry/lists/{code}/snapshots", code).then().statusCode(200)
                .body("[0].origin", equalTo(url.toString())).body("[0].receivedBy", equalTo("scheduled fetch"))
                .extract().jsonPath().getLong("[0].id");
        ListUpdateApiTest.apply(code, id);

        // The next month's copy changes nothing but its date: applied without waiting.
        served.set(snapshot(code, "2026-11-01", List.of(entry("1", "Fetched Front " + code, null))));
        assertThat(fetch.fetch(url)).isEqualTo(SnapshotFetch.Outcome.APPLIED);
        asOperator().get("/api/registry/lists/{code}", code).then().body("asOf", equalTo("2026-11-01"));

        status.set(503);
        assertThat(fetch.fetch(url)).isEqualTo(SnapshotFetch.Outcome.FAILED);
        status.set(200);
        served.set("{not json");
        assertThat(fetch.fetch(url)).isEqualTo(SnapshotFetch.Outcome.FAILED);
        asOperator().get("/api/registry/lists/{code}", code).then().body("asOf", equalTo("2026-11-01"));
    }
}
