package io.gloss.archive;

import static io.gloss.TestApi.annotate;
import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.OPERATOR_KEY;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.footnote;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * An export read back into an empty publication: everything comes back as it was, and a file with a
 * problem anywhere names its line and leaves nothing behind.
 */
@QuarkusTest
class PublicationImportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "<p>MOSCOW, 28 May – The reconciliation centre said militants shelled two villages.</p>"
            + "<p>The attacks were carried out by groups allied with Daesh and Tahrir al-Sham.</p>";

    private String from;
    private String fromKey;
    private String export;

    @BeforeEach
    void publicationWithEverything() {
        from = newPublication();
        fromKey = editorKey(from);
        as(fromKey).body(Map.of("title", "Idlib", "language", "en", "url", "https://daily.example/idlib", "section", "World",
                "publishedAt", "2019-05-28T09:30:00+03:00", "body", STORY)).put(articlePath(from, "idlib")).then().statusCode(201);
        annotate(from, fromKey, "idlib", """
                {"kind":"DESIGNATION","status":"PUBLISHED","target":{"exact":"Daesh"},"body":{"organization":"isis","decision":"CONFIRMED"}}""");
        long source = annotate(from, fromKey, "idlib", """
                {"kind":"SOURCE","body":{"name":"Sputnik","url":"https://sputniknews.com","type":"NEWS_AGENCY"}}""");
        String etag = as(fromKey).get(articlePath(from, "idlib") + "/annotations/" + source).then().extract().header("ETag");
        as(fromKey).header("If-Match", etag).body("""
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Sputnik News","url":"https://sputniknews.com","type":"NEWS_AGENCY"}}""")
                .put(articlePath(from, "idlib") + "/annotations/" + source).then().statusCode(200);
        annotate(from, fromKey, "idlib", """
                {"kind":"RELATED_LINK","status":"PUBLISHED","body":{"url":"https://news.example/denial","title":"Denied","relation":"DENIAL","afterParagraph":1}}""");
        annotate(from, fromKey, "idlib", footnote("two villages", "Kafr Nabuda and Qalaat al-Madiq."));
        annotate(from, fromKey, "idlib", footnote("reconciliation centre", "At Hmeimim."));
        as(fromKey).accept("application/ld+json").contentType("application/ld+json").body("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","id":"https://elsewhere.example/anno/7",
                 "canonical":"urn:uuid:5b3c4f42-9f73-4b53-a9f4-2e8d3b2f3a10","bodyValue":"About the report.",
                 "target":"https://source.example/report.pdf","gloss:status":"PUBLISHED"}""")
                .post("/annotations/" + from + "/idlib/").then().statusCode(201);
        // A new revision orphans the last footnote; it keeps its selectors.
        as(fromKey).body(Map.of("title", "Idlib", "language", "en", "url", "https://daily.example/idlib", "section", "World",
                "publishedAt", "2019-05-28T09:30:00+03:00", "body", STORY.replace("The reconciliation centre said militants", "Militants")))
                .put(articlePath(from, "idlib")).then().statusCode(200);
        putArticle(from, fromKey, "brief", "<p>A brief without a URL of its own.</p>");
        annotate(from, fromKey, "brief", footnote("A brief", "Written at night."));
        export = exportOf(from, fromKey);
    }

    private static String exportOf(String slug, String key) {
        return as(key).get("/api/publications/{slug}/export", slug).then().statusCode(200).extract().asString();
    }

    private static String exportWithHistory(String slug, String key) {
        return as(key).queryParam("history", "true").get("/api/publications/{slug}/export", slug).then().statusCode(200).extract()
                .asString();
    }

    private static ValidatableResponse importInto(String slug, String key, String lines) {
        return as(key).contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8)).post("/api/publications/{slug}/import", slug).then();
    }

    /** An export as another publication's would read: ids are the server's own, the rest must be the same. */
    private static List<JsonNode> comparable(String export, String slug) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.split("\n")) {
            ObjectNode node = (ObjectNode) JSON.readTree(line.replace("/" + slug + "/", "/SLUG/"));
            if (node.get("type").asText().equals("Annotation")) {
                node.remove("id");
            }
            node.remove(List.of("gloss:publication", "generated"));
            lines.add(node);
        }
        return lines;
    }

    @Test
    void anExportComesBackWhole() throws Exception {
        String to = newPublication();
        String toKey = editorKey(to);
        importInto(to, toKey, export).statusCode(200).body("articles", equalTo(2)).body("annotations", equalTo(7));

        assertThat(comparable(exportOf(to, toKey), to)).isEqualTo(comparable(export, from));
        // The same in Gloss's API: states, authors and times, the orphan's last selectors.
        String fromList = as(fromKey).get(articlePath(from, "idlib") + "/annotations").then().extract().asString();
        String toList = as(toKey).get(articlePath(to, "idlib") + "/annotations").then().extract().asString();
        assertThat(withoutIds(toList)).isEqualTo(withoutIds(fromList));
        as(toKey).get(articlePath(to, "idlib")).then().body("revision", equalTo(2)).body("section", equalTo("World"));
        // What readers are shown and what compliance says follow from the same data.
        assertThat(given().get("/embed/{slug}/idlib/body", to).then().statusCode(200).extract().asString())
                .isEqualTo(given().get("/embed/{slug}/idlib/body", from).then().extract().asString());
        as(toKey).get("/api/publications/{slug}/articles/idlib/compliance", to).then().statusCode(200)
                .body("status", equalTo(as(fromKey).get("/api/publications/{slug}/articles/idlib/compliance", from).then().extract()
                        .<String>path("status")));
    }

    private static String withoutIds(String list) throws Exception {
        JsonNode annotations = JSON.readTree(list);
        for (JsonNode annotation : annotations) {
            // The version counts changes on one server, for its ETags; it starts again on another.
            ((ObjectNode) annotation).remove(List.of("id", "etag", "version"));
        }
        return annotations.toString();
    }

    @Test
    void theHistoryComesAlongWhenAsked() throws Exception {
        String withHistory = exportWithHistory(from, fromKey);
        String to = newPublication();
        String toKey = editorKey(to);
        importInto(to, OPERATOR_KEY, withHistory).statusCode(200).body("annotations", equalTo(7));

        assertThat(comparable(exportWithHistory(to, toKey), to)).isEqualTo(comparable(withHistory, from));
        // In Gloss's API: every change of every annotation, when, by whom and what it left; only the ids are new.
        List<Integer> fromIds = annotationIds(from, fromKey, "idlib");
        List<Integer> toIds = annotationIds(to, toKey, "idlib");
        assertThat(toIds).hasSameSizeAs(fromIds);
        for (int i = 0; i < fromIds.size(); i++) {
            assertThat(historyOf(to, toKey, toIds.get(i))).isEqualTo(historyOf(from, fromKey, fromIds.get(i)));
        }
        // The edited source and the re-anchored footnote came with more than their creation.
        assertThat(withHistory).contains("\"gloss:change\":\"UPDATED\"");
        assertThat(historyOf(to, toKey, toIds.get(1))).hasSize(2);
    }

    @Test
    void withoutItsHistoryAnAnnotationIsRecordedAsImported() throws Exception {
        String to = newPublication();
        String toKey = editorKey(to);
        importInto(to, toKey, export).statusCode(200);
        long id = annotationIds(to, toKey, "idlib").get(1);
        JsonNode history = historyOf(to, toKey, id);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("change").asText()).isEqualTo("CREATED");
        assertThat(history.get(0).get("state").get("body").get("name").asText()).isEqualTo("Sputnik News");
        // Recorded as made by the key that imported it, as its next change is.
        String etag = as(toKey).get(articlePath(to, "idlib") + "/annotations/" + id).then().extract().header("ETag");
        as(toKey).header("If-Match", etag).body("""
                {"kind":"SOURCE","status":"DRAFT","body":{"name":"Sputnik","url":"https://sputniknews.com","type":"NEWS_AGENCY"}}""")
                .put(articlePath(to, "idlib") + "/annotations/" + id).then().statusCode(200);
        JsonNode after = historyOf(to, toKey, id);
        assertThat(after.get(0).get("by")).isEqualTo(after.get(1).get("by"));
        assertThat(after.get(0).get("by").asText()).isNotEqualTo("system");
    }

    @Test
    void onlyTheOperatorRestoresAHistoryForItIsTheAuditTrail() {
        String to = newPublication();
        String toKey = editorKey(to);
        importInto(to, toKey, exportWithHistory(from, fromKey)).statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("line 3: gloss:history"));
        as(toKey).get("/api/publications/{slug}/articles", to).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aBadHistoryNamesItsEntryAndNothingIsKept() throws Exception {
        String to = newPublication();
        String toKey = OPERATOR_KEY;
        String[] lines = exportWithHistory(from, fromKey).split("\n");
        assertRefused(to, toKey, editJson(lines, 3, line -> change(line, 0).put("gloss:change", "UPDATED")),
                "line 3: gloss:history[0]: gloss:change");
        assertRefused(to, toKey, editJson(lines, 4, line -> change(line, 1).put("gloss:changedAt", "yesterday")),
                "line 4: gloss:history[1]: gloss:changedAt");
        assertRefused(to, toKey, editJson(lines, 4, line -> change(line, 1).put("gloss:changedBy", "\u0000")),
                "line 4: gloss:history[1]: gloss:changedBy");
        assertRefused(to, toKey, editJson(lines, 4, line -> ((ObjectNode) change(line, 0).get("gloss:state")).put("gloss:status", "LIVE")),
                "line 4: gloss:history[0]: status");
        assertRefused(to, toKey, editJson(lines, 4, line -> ((com.fasterxml.jackson.databind.node.ArrayNode) line.get("gloss:history")).remove(1)), "line 4: gloss:history");
        assertRefused(to, toKey, editJson(lines, 3, line -> line.putArray("gloss:history")), "line 3: gloss:history");
        as(toKey).get("/api/publications/{slug}/articles", to).then().statusCode(200).body("$", hasSize(0));
    }

    private static ObjectNode change(ObjectNode line, int index) {
        return (ObjectNode) line.get("gloss:history").get(index);
    }

    private static String editJson(String[] lines, int number, java.util.function.Consumer<ObjectNode> change) {
        return edit(lines, number, line -> {
            try {
                ObjectNode node = (ObjectNode) JSON.readTree(line);
                change.accept(node);
                return node.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Integer> annotationIds(String slug, String key, String article) {
        return as(key).get(articlePath(slug, article) + "/annotations").then().statusCode(200).extract().path("id");
    }

    /** An annotation's recorded changes, without what one server numbers for itself (revisions, the annotation's id). */
    private static JsonNode historyOf(String slug, String key, long id) throws Exception {
        JsonNode history = JSON.readTree(as(key).get(articlePath(slug, "idlib") + "/annotations/" + id + "/history").then()
                .statusCode(200).extract().asString());
        for (JsonNode entry : history) {
            ((ObjectNode) entry).remove("revision");
            ((ObjectNode) entry.get("state")).remove(List.of("id", "etag"));
        }
        return history;
    }

    @Test
    void aSlowUploadHoldsItsImportSlotOnlyUntilItIsGone() throws Exception {
        String to = newPublication();
        String toKey = editorKey(to);
        String other = newPublication();
        String otherKey = editorKey(other);
        byte[] file = export.getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket slow = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            java.io.OutputStream out = slow.getOutputStream();
            out.write(("POST /api/publications/" + to + "/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + toKey
                    + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + file.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(file, 0, 100);
            out.flush();
            // Its import holds the one slot of the test profile (gloss.limits.concurrent-imports=1), while it trickles in.
            ValidatableResponse busy = eventually(() -> {
                String fresh = newPublication();
                return importInto(fresh, editorKey(fresh), export);
            }, 503);
            busy.contentType("application/problem+json").header("Retry-After", "30");
            // Everything else is answered meanwhile.
            as(toKey).get("/api/publications/{slug}/articles", to).then().statusCode(200);
            given().get("/embed/{slug}/idlib/body", from).then().statusCode(200);
        }
        // Gone, it leaves nothing behind, and the slot is free again.
        eventually(() -> importInto(other, otherKey, export), 200);
        as(toKey).get("/api/publications/{slug}/articles", to).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anImportIsStreamedHoweverItsPathIsSpelt() throws Exception {
        String to = newPublication();
        String[] lines = export.split("\n");
        // Past gloss.limits.max-request-bytes (blank lines are skipped), which bounds every request but an import.
        byte[] large = (String.join("\n", java.util.Arrays.copyOf(lines, lines.length - 1)) + "\n".repeat(3_000_000)
                + lines[lines.length - 1]).getBytes(StandardCharsets.UTF_8);
        // Sent chunked, so only the path tells the filters that it is an import, spelt with an escape.
        try (java.net.Socket client = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            java.io.OutputStream out = client.getOutputStream();
            out.write(("POST /api/publications/" + to + "/%69mport HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + editorKey(to)
                    + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < large.length; at += 65_536) {
                int size = Math.min(65_536, large.length - at);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(large, at, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).isEqualTo("HTTP/1.1 200 OK");
        }
        as(editorKey(to)).get("/api/publications/{slug}/articles", to).then().body("$", hasSize(2));
    }

    /** The answer of {@code request} once it has {@code status}, retried for up to ten seconds. */
    private static ValidatableResponse eventually(java.util.function.Supplier<ValidatableResponse> request, int status)
            throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            ValidatableResponse answer = request.get();
            if (answer.extract().statusCode() == status || System.nanoTime() > until) {
                return answer.statusCode(status);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aPublicationWithArticlesTakesNoImport() {
        importInto(from, fromKey, export).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aProblemNamesItsLineAndNothingOfTheFileIsKept() {
        String to = newPublication();
        String toKey = editorKey(to);
        String[] lines = export.split("\n");
        assertRefused(to, toKey, edit(lines, 6, line -> line.replace("\"gloss:status\":\"PUBLISHED\"", "\"gloss:status\":\"LIVE\"")),
                "line 6: status");
        assertRefused(to, toKey, edit(lines, 2, line -> line.replace("\"gloss:text\":\"MOSCOW", "\"gloss:text\":\"Moscow")), "line 2: gloss:text");
        assertRefused(to, toKey, edit(lines, 3, line -> line.replaceFirst("\"start\":\\d+", "\"start\":3")), "line 3: target");
        assertRefused(to, toKey, edit(lines, 9, line -> "{not json"), "line 9");
        assertRefused(to, toKey, edit(lines, 1, line -> line.replace("\"gloss:format\":1", "\"gloss:format\":2")), "line 1: gloss:format");
        assertRefused(to, toKey, String.join("\n", lines[0], lines[2]), "line 2: gloss:article");
        assertRefused(to, toKey, String.join("\n", lines[0], lines[1], lines[1]), "line 3: gloss:externalId");
        // Names are held to what the API and the columns take.
        assertRefused(to, toKey, editJson(lines, 2, line -> line.put("gloss:externalId", "idlib/2019")), "line 2: gloss:externalId");
        assertRefused(to, toKey, editJson(lines, 3, line -> ((ObjectNode) line.get("creator")).put("name", "x".repeat(201))),
                "line 3: creator.name");
        assertRefused(to, toKey, edit(lines, 3, line -> line.replaceFirst("\"gloss:updatedBy\":\"[^\"]*\"", "\"gloss:updatedBy\":\"\\\\ud800\"")),
                "line 3: gloss:updatedBy");
        // A file cut short, even at a line's end, is told from a whole one by its last line.
        int last = lines.length;
        assertRefused(to, toKey, String.join("\n", java.util.Arrays.copyOf(lines, last - 1)), "line " + last + ": type");
        String[] withoutAnAnnotation = java.util.stream.IntStream.rangeClosed(1, last).filter(n -> n != 4)
                .mapToObj(n -> lines[n - 1]).toArray(String[]::new);
        assertRefused(to, toKey, String.join("\n", withoutAnAnnotation), "line " + (last - 1) + ": gloss:articles");
        assertRefused(to, toKey, export + lines[1], "line " + (last + 1) + ": type");
        as(toKey).get("/api/publications/{slug}/articles", to).then().statusCode(200).body("$", hasSize(0));
        importInto(to, toKey, "").statusCode(422);
        // The file as exported still goes in after all of that.
        importInto(to, toKey, export).statusCode(200);
    }

    private static String edit(String[] lines, int number, UnaryOperator<String> change) {
        String[] edited = lines.clone();
        edited[number - 1] = change.apply(edited[number - 1]);
        return String.join("\n", edited);
    }

    private static void assertRefused(String slug, String key, String lines, String field) {
        String problem = importInto(slug, key, lines).statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)))
                .contentType("application/problem+json").extract().path("errors[0].field");
        assertThat(problem).startsWith(field);
    }

    @Test
    void onlyTheEditorsOfThePublicationAndTheOperatorImport() {
        String to = newPublication();
        given().contentType("application/x-ndjson").body(export.getBytes(StandardCharsets.UTF_8)).post("/api/publications/{slug}/import", to).then().statusCode(401);
        importInto(to, editorKey(newPublication()), export).statusCode(404);
    }
}
