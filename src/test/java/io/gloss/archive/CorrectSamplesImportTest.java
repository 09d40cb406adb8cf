package io.gloss.archive;

import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The W3C suite's correct sample annotations (tools/samples/correct) round-tripped through an import and
 * an export: each is either kept whole (everything it says comes back, the server's own facts aside), or
 * refused with a problem naming what Gloss cannot keep. None may be taken in and come back cut down.
 */
@QuarkusTest
class CorrectSamplesImportTest {

    private static final Path SAMPLES = Path.of("..", "shared", "web-annotation-tests", "tools", "samples", "correct");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the serialising server states of itself, and the id it gives. */
    private static final List<String> THE_SERVERS_OWN = List.of("id", "@context", "generator", "generated");

    @Test
    void eachSampleIsKeptWholeOrRefusedNamingWhatGlossCannotKeep() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES), "the W3C samples are not here (" + SAMPLES.toAbsolutePath() + "); they come with ../shared");
        Map<String, String> outcome = new TreeMap<>();
        List<String> kept = new ArrayList<>();
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : samples) {
            JsonNode sample = JSON.readTree(Files.readString(file));
            String slug = newPublication();
            String key = editorKey(slug);
            ExtractableResponse<Response> answer = as(key).contentType("application/x-ndjson")
                    .body(importFile(sample).getBytes(StandardCharsets.UTF_8)).post("/api/publications/{slug}/import", slug).then().extract();
            String name = file.getFileName().toString();
            if (answer.statusCode() == 200) {
                String[] exported = as(key).get("/api/publications/{slug}/export", slug).then().statusCode(200).extract().asString().split("\n");
                JsonNode back = JSON.readTree(exported[exported.length - 2]);
                List<String> lost = new ArrayList<>();
                lostFrom(sample, back, "", lost);
                assertThat(lost).as(name + " was taken in but came back without all it said: " + back).isEmpty();
                kept.add(name);
                outcome.put(name, "kept whole");
            } else {
                assertThat(answer.statusCode()).as(name + ": " + answer.asString()).isIn(400, 422);
                outcome.put(name, "refused: " + answer.path("errors[0].field") + ": " + answer.path("errors[0].message"));
            }
        }
        outcome.forEach((name, what) -> System.out.printf("%-24s %s%n", name, what));
        System.out.printf("W3C correct samples through import and export: %d of %d kept whole, the rest refused naming why%n",
                kept.size(), outcome.size());
        assertThat(kept).as("some sample is within what Gloss keeps").isNotEmpty();
    }

    /** An export of one article with the sample as its one annotation, with what an export always carries. */
    private static String importFile(JsonNode sample) throws Exception {
        String context = "\"@context\":[\"http://www.w3.org/ns/anno.jsonld\"]";
        ObjectNode annotation = sample.deepCopy();
        annotation.put("gloss:article", "sample");
        annotation.put("gloss:updatedBy", "Sample importer");
        if (!annotation.has("gloss:status")) {
            annotation.put("gloss:status", "PUBLISHED");
        }
        if (!annotation.has("created")) {
            annotation.put("created", "2016-07-01T00:00:00Z");
        }
        if (!annotation.has("modified")) {
            annotation.put("modified", annotation.get("created").asText());
        }
        if (!annotation.has("creator")) {
            annotation.putObject("creator").put("type", "Person").put("name", "Sample author");
        }
        return "{" + context + ",\"type\":\"gloss:Export\",\"gloss:format\":1}\n"
                + "{" + context + ",\"type\":\"gloss:Article\",\"id\":\"https://daily.example/sample\",\"gloss:externalId\":\"sample\","
                + "\"gloss:title\":\"Sample\",\"gloss:url\":\"https://daily.example/sample\",\"gloss:language\":\"en\",\"gloss:revision\":1,"
                + "\"created\":\"2016-07-01T00:00:00Z\",\"modified\":\"2016-07-01T00:00:00Z\",\"gloss:body\":\"<p>A page.</p>\","
                + "\"gloss:text\":\"A page.\"}\n" + JSON.writeValueAsString(annotation) + "\n"
                + "{" + context + ",\"type\":\"gloss:ExportEnd\",\"gloss:articles\":1,\"gloss:annotations\":1}\n";
    }

    /** What {@code expected} says that {@code actual} does not; a one-item list may come back as its item. */
    private static void lostFrom(JsonNode expected, JsonNode actual, String path, List<String> lost) {
        if (expected.isArray() && expected.size() == 1 && (actual == null || !actual.isArray())) {
            lostFrom(expected.get(0), actual, path, lost);
        } else if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                lost.add(path + " (" + expected + ")");
                return;
            }
            for (Iterator<String> names = expected.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (path.isEmpty() && name.equals("bodyValue")) {
                    // The model's shorthand for a plain-text TextualBody (section 3.2.5), which is how it comes back.
                    lostFrom(expected.get(name), actual.path("body").get("value"), "/body/value", lost);
                } else if (!(path.isEmpty() && THE_SERVERS_OWN.contains(name))) {
                    lostFrom(expected.get(name), actual.get(name), path + "/" + name, lost);
                }
            }
        } else if (expected.isArray()) {
            if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
                lost.add(path + " (" + expected + ")");
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                lostFrom(expected.get(i), actual.get(i), path + "/" + i, lost);
            }
        } else if (!expected.equals(actual)) {
            lost.add(path + " (" + expected + ", came back as " + actual + ")");
        }
    }
}
