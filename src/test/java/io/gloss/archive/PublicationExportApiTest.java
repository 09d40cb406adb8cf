package io.gloss.archive;

import static io.gloss.TestApi.annotate;
import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.footnote;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** A publication exported as JSON-LD lines: every live article, then each of its annotations as the container serves it. */
@QuarkusTest
class PublicationExportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "<p>The attacks were carried out by groups allied with Daesh and Tahrir al-Sham.</p>";

    private static List<JsonNode> lines(String export) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void everyLiveArticleComesWithItsTextAndEveryAnnotationAsTheContainerServesIt() throws Exception {
        String slug = newPublication();
        String key = editorKey(slug);
        putArticle(slug, key, "idlib", STORY);
        annotate(slug, key, "idlib", footnote("Tahrir al-Sham", "Formerly the al-Nusra Front."));
        annotate(slug, key, "idlib", """
                {"kind":"SOURCE","body":{"name":"Sputnik","type":"NEWS_AGENCY"}}""");
        long orphan = annotate(slug, key, "idlib", footnote("Daesh", "Also known as ISIS."));
        as(key).body(Map.of("title", "Idlib", "language", "en", "url", "https://daily.example/idlib",
                "body", "<p>The attacks were carried out by groups allied with Tahrir al-Sham.</p>"))
                .put(articlePath(slug, "idlib")).then().statusCode(200);
        putArticle(slug, key, "gone", "<p>Withdrawn.</p>");
        annotate(slug, key, "gone", footnote("Withdrawn", "Never mind."));
        as(key).delete(articlePath(slug, "gone")).then().statusCode(204);
        putArticle(slug, key, "many", "<p>A page of notes.</p>");
        for (int i = 0; i < 5; i++) {
            annotate(slug, key, "many", "{\"kind\":\"FOOTNOTE\",\"body\":{\"text\":\"Note " + i + ".\"}}");
        }

        String export = as(key).get("/api/publications/{slug}/export", slug).then().statusCode(200)
                .contentType("application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".jsonl\"")
                .extract().asString();
        List<JsonNode> lines = lines(export);

        assertThat(lines.get(0).get("type").asText()).isEqualTo("gloss:Export");
        assertThat(lines.get(0).get("gloss:format").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("gloss:publication").asText()).isEqualTo(slug);
        JsonNode idlib = lines.get(1);
        assertThat(idlib.get("type").asText()).isEqualTo("gloss:Article");
        assertThat(idlib.get("gloss:externalId").asText()).isEqualTo("idlib");
        assertThat(idlib.get("id").asText()).isEqualTo("https://daily.example/idlib");
        assertThat(idlib.get("gloss:revision").asInt()).isEqualTo(2);
        assertThat(idlib.get("gloss:text").asText()).isEqualTo("The attacks were carried out by groups allied with Tahrir al-Sham.");
        assertThat(idlib.get("gloss:body").asText()).contains("<p>");

        List<JsonNode> idlibAnnotations = lines.subList(2, 5);
        for (JsonNode line : idlibAnnotations) {
            ObjectNode served = (ObjectNode) JSON.readTree(as(key).get(line.get("id").asText()).then().statusCode(200).extract().asString());
            ObjectNode exported = ((ObjectNode) line).deepCopy();
            assertThat(exported.remove("gloss:article").asText()).isEqualTo("idlib");
            assertThat(exported.remove("gloss:updatedBy").asText()).startsWith("test (key-");
            assertThat(exported).isEqualTo(served);
        }
        assertThat(idlibAnnotations.get(1).get("gloss:status").asText()).isEqualTo("DRAFT");
        assertThat(idlibAnnotations.get(2).get("id").asText()).endsWith("/" + orphan);
        assertThat(idlibAnnotations.get(2).get("gloss:anchor").asText()).isEqualTo("ORPHANED");

        // The deleted article is not exported; across reads of annotations (two at a time in tests), none is lost or doubled.
        assertThat(lines.get(5).get("gloss:externalId").asText()).isEqualTo("many");
        // The last line counts what came before it, so a file cut short at a line's end is told from a whole one.
        JsonNode end = lines.remove(lines.size() - 1);
        assertThat(end.get("type").asText()).isEqualTo("gloss:ExportEnd");
        assertThat(end.get("gloss:articles").asInt()).isEqualTo(2);
        assertThat(end.get("gloss:annotations").asInt()).isEqualTo(3 + 5);
        assertThat(lines.subList(6, lines.size())).extracting(line -> line.get("body").get("value").asText())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 5).mapToObj(i -> "Note " + i + ".").toList());
    }

    @Test
    void askedForHistoryEachAnnotationCarriesItsChangesOldestFirst() throws Exception {
        String slug = newPublication();
        String key = editorKey(slug);
        putArticle(slug, key, "brief", "<p>Daesh claimed the attack, the agency said.</p>");
        long id = annotate(slug, key, "brief", footnote("the agency", "Amaq."));
        String annotation = articlePath(slug, "brief") + "/annotations/" + id;
        as(key).header("If-Match", as(key).get(annotation).then().extract().header("ETag"))
                .body("{\"kind\":\"FOOTNOTE\",\"status\":\"DRAFT\",\"target\":{\"exact\":\"the agency\"},\"body\":{\"text\":\"Amaq.\"}}")
                .put(annotation).then().statusCode(200);

        String[] lines = as(key).queryParam("history", "true").get("/api/publications/{slug}/export", slug).then().statusCode(200)
                .extract().asString().split("\n");
        JsonNode history = JSON.readTree(lines[2]).get("gloss:history");
        assertThat(lines[3]).contains("\"gloss:ExportEnd\"");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("gloss:change").asText()).isEqualTo("CREATED");
        assertThat(history.get(1).get("gloss:change").asText()).isEqualTo("UPDATED");
        assertThat(history.get(0).get("gloss:state").get("gloss:status").asText()).isEqualTo("PUBLISHED");
        assertThat(history.get(1).get("gloss:state").get("gloss:status").asText()).isEqualTo("DRAFT");
        assertThat(history.get(1).get("gloss:changedBy").asText()).isEqualTo(history.get(0).get("gloss:changedBy").asText());
        java.time.Instant.parse(history.get(1).get("gloss:changedAt").asText());
        // A past state is not another annotation: no id or type of its own, and its line's context.
        assertThat(history.get(0).get("gloss:state").has("id")).isFalse();
        assertThat(history.get(0).get("gloss:state").has("type")).isFalse();
        assertThat(history.get(0).get("gloss:state").has("@context")).isFalse();
        // Without asking, no history.
        assertThat(as(key).get("/api/publications/{slug}/export", slug).then().extract().asString()).doesNotContain("gloss:history");
        as(key).queryParam("history", "yes").get("/api/publications/{slug}/export", slug).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("history"));
    }

    @Test
    void onlyTheEditorsOfThePublicationAndTheOperatorExportIt() {
        String slug = newPublication();
        given().get("/api/publications/{slug}/export", slug).then().statusCode(401);
        as(editorKey(newPublication())).get("/api/publications/{slug}/export", slug).then().statusCode(404);
        io.gloss.TestApi.asOperator().get("/api/publications/{slug}/export", slug).then().statusCode(200);
    }
}
