package io.gloss.archive;

import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * An import that takes longer than quarkus.http.idle-timeout still gets its answer. Found with 300,000
 * annotations: once the upload was taken to a file before the transaction, the connection sat silent
 * while the transaction ran, and the server closed it before answering.
 */
@QuarkusTest
@TestProfile(LongImportTest.ShortIdleTimeout.class)
class LongImportTest {

    private static final int ANNOTATIONS = 20_000;

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "1S");
        }
    }

    @Test
    void anImportLongerThanTheIdleTimeoutIsAnswered() throws Exception {
        String slug = newPublication();
        byte[] file = export().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try (Socket client = new Socket("127.0.0.1", RestAssured.port)) {
            client.getOutputStream().write(("POST /api/publications/" + slug + "/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + editorKey(slug) + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + file.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().write(file);
            client.getOutputStream().flush();
            String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("\"annotations\":" + ANNOTATIONS);
        }
        // Only telling if it took longer than the idle timeout.
        assertThat((System.nanoTime() - started) / 1e9).isGreaterThan(1.0);
    }

    /** One article with many footnotes on the whole of it, as an export has them. */
    private static String export() {
        String context = "\"@context\":[\"http://www.w3.org/ns/anno.jsonld\",\"http://localhost/ns/gloss.jsonld\"]";
        String url = "https://daily.example/long";
        StringBuilder lines = new StringBuilder("{" + context + ",\"type\":\"gloss:Export\",\"gloss:format\":1}\n");
        lines.append("{" + context + ",\"type\":\"gloss:Article\",\"id\":\"" + url + "\",\"gloss:externalId\":\"long\",\"gloss:title\":\"Long\","
                + "\"gloss:url\":\"" + url + "\",\"gloss:language\":\"en\",\"gloss:revision\":1,\"created\":\"2024-03-01T10:00:00Z\","
                + "\"modified\":\"2024-03-01T10:00:00Z\",\"gloss:body\":\"<p>A long story.</p>\",\"gloss:text\":\"A long story.\"}\n");
        for (int i = 0; i < ANNOTATIONS; i++) {
            lines.append("{" + context + ",\"type\":\"Annotation\",\"motivation\":\"commenting\",\"body\":{\"type\":\"TextualBody\",\"value\":\"Note "
                    + i + ".\"},\"target\":\"" + url + "\",\"created\":\"2024-03-01T10:00:00Z\",\"modified\":\"2024-03-01T10:00:00Z\","
                    + "\"creator\":{\"type\":\"Person\",\"name\":\"Editor\"},\"gloss:status\":\"PUBLISHED\",\"gloss:article\":\"long\","
                    + "\"gloss:updatedBy\":\"Editor\"}\n");
        }
        lines.append("{" + context + ",\"type\":\"gloss:ExportEnd\",\"gloss:articles\":1,\"gloss:annotations\":" + ANNOTATIONS + "}\n");
        return lines.toString();
    }
}
