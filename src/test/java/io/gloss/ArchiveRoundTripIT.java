package io.gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A publication exported from one Gloss and imported into another, fresh one (two packaged jars, each on
 * its own database, both at the same public address): every annotation, its history and every
 * output readers get is the same, byte for byte.
 */
class ArchiveRoundTripIT {

    private static final String PUBLIC_URL = "https://gloss.daily.example";
    private static final String SLUG = "daily-" + ProcessHandle.current().pid();
    private static final List<String> OUTPUTS = List.of("", "/body", "/article", "/page", ".json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The suite's PostgreSQL database (test.it.db-url), if it runs on one; empty on H2. */
    private static final String SUITE_DATABASE = System.getProperty("test.it.db-url", "");
    private static final List<String> DATABASES = List.of("gloss_round_trip_a_" + ProcessHandle.current().pid(),
            "gloss_round_trip_b_" + ProcessHandle.current().pid());

    private final PackagedJar first = new PackagedJar().with("GLOSS_PUBLIC_URL", PUBLIC_URL);
    private final PackagedJar second = new PackagedJar().with("GLOSS_PUBLIC_URL", PUBLIC_URL);

    /**
     * On PostgreSQL both jars would share the suite's database, which other tests have written to: each
     * gets a fresh one of its own, as each has on H2.
     */
    @BeforeEach
    void freshDatabases() throws Exception {
        if (!SUITE_DATABASE.isBlank()) {
            first.with("GLOSS_DB_URL", created(DATABASES.get(0)));
            second.with("GLOSS_DB_URL", created(DATABASES.get(1)));
        }
    }

    /** The URL of {@code database}, created on the suite's PostgreSQL server. */
    private static String created(String database) throws Exception {
        postgres("CREATE DATABASE " + database);
        return SUITE_DATABASE.substring(0, SUITE_DATABASE.lastIndexOf('/') + 1) + database;
    }

    @AfterEach
    void stop() throws Exception {
        first.stop();
        second.stop();
        if (!SUITE_DATABASE.isBlank()) {
            for (String database : DATABASES) {
                postgres("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static void postgres(String statement) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(SUITE_DATABASE, System.getProperty("test.it.db-user", "postgres"), "");
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String editorOf(PackagedJar gloss) {
        gloss.as(PackagedJar.OPERATOR_KEY).body(Map.of("name", "Daily", "locale", "ru", "jurisdictions", List.of("RU")))
                .put("/api/publications/{slug}", SLUG).then().statusCode(201);
        return gloss.as(PackagedJar.OPERATOR_KEY).body(Map.of("role", "editor")).post("/api/publications/{slug}/keys", SLUG)
                .then().statusCode(201).extract().path("key");
    }

    @Test
    void anotherGlossShowsReadersExactlyWhatTheFirstDid() throws Exception {
        first.start();
        second.start();
        String key = editorOf(first);
        String articles = "/api/publications/" + SLUG + "/articles/";
        first.as(key).body(Map.of("title", "Удар по Идлибу", "language", "ru", "url", "https://daily.example/idlib",
                "publishedAt", "2019-05-28T09:30:00+03:00",
                "body", "<p>Боевики «Хайят Тахрир аш-Шам» обстреляли два села.</p><p>Ранее ИГИЛ заявило о нападении.</p>"))
                .put(articles + "idlib").then().statusCode(201);
        first.as(key).body(Map.of("title", "Brief", "language", "en", "publishedAt", "2019-05-28T10:00:00Z",
                "body", "<p>Daesh claimed the attack, the agency said.</p>")).put(articles + "brief").then().statusCode(201);
        for (String annotation : List.of(
                "{\"kind\":\"FOOTNOTE\",\"status\":\"PUBLISHED\",\"target\":{\"exact\":\"два села\"},\"body\":{\"text\":\"Кафр-Набуда и Калъат-эль-Мудик.\"}}",
                "{\"kind\":\"SOURCE\",\"status\":\"PUBLISHED\",\"body\":{\"name\":\"ТАСС\",\"url\":\"https://tass.ru\",\"type\":\"NEWS_AGENCY\"}}",
                "{\"kind\":\"RELATED_LINK\",\"status\":\"PUBLISHED\",\"body\":{\"url\":\"https://daily.example/denial\",\"title\":\"Опровержение\",\"relation\":\"DENIAL\",\"afterParagraph\":1}}",
                "{\"kind\":\"FOOTNOTE\",\"body\":{\"text\":\"A draft readers never see.\"}}")) {
            first.as(key).body(annotation).post(articles + "idlib/annotations").then().statusCode(201);
        }
        first.as(key).body("{\"kind\":\"FOOTNOTE\",\"status\":\"PUBLISHED\",\"target\":{\"exact\":\"the agency\"},\"body\":{\"text\":\"Amaq.\"}}")
                .post(articles + "brief/annotations").then().statusCode(201);
        // A footnote corrected after publication: its history has two states, and its version counts them.
        var footnote = first.as(key).get(articles + "brief/annotations").then().extract();
        first.as(key).header("If-Match", footnote.<String>path("[0].etag"))
                .body("{\"kind\":\"FOOTNOTE\",\"status\":\"PUBLISHED\",\"target\":{\"exact\":\"the agency\"},\"body\":{\"text\":\"Amaq, the group's outlet.\"}}")
                .put(articles + "brief/annotations/" + footnote.path("[0].id")).then().statusCode(200);
        String export = first.as(key).queryParam("history", true).get("/api/publications/{slug}/export", SLUG).then().statusCode(200)
                .extract().asString();

        String secondKey = editorOf(second);
        // A recorded history is the audit trail: only the operator's key restores one.
        second.as(PackagedJar.OPERATOR_KEY).contentType("application/x-ndjson").body(export.getBytes(StandardCharsets.UTF_8))
                .post("/api/publications/{slug}/import", SLUG).then().statusCode(200);

        for (String article : List.of("idlib", "brief")) {
            for (String output : OUTPUTS) {
                String path = "/embed/" + SLUG + "/" + article + output;
                assertThat(second.as(secondKey).get(path).then().statusCode(200).extract().asString()).as(path)
                        .isEqualTo(first.as(key).get(path).then().statusCode(200).extract().asString());
            }
            JsonNode annotations = annotations(first, key, articles + article);
            assertThat(annotations(second, secondKey, articles + article)).as(article).isEqualTo(annotations);
            for (JsonNode annotation : annotations) {
                String history = articles + article + "/annotations/" + annotation.get("id").asText() + "/history";
                assertThat(history(second, secondKey, history)).as(history).isEqualTo(history(first, key, history));
            }
            String compliance = articles + article + "/compliance";
            assertThat(second.as(secondKey).get(compliance).then().extract().<String>path("status"))
                    .isEqualTo(first.as(key).get(compliance).then().extract().<String>path("status"));
        }
        // Both databases started empty and took the annotations in the same order: even the ids agree.
        assertThat(second.as(secondKey).queryParam("history", true).get("/api/publications/{slug}/export", SLUG).then().extract()
                .asString().lines()
                .filter(line -> !line.contains("\"gloss:Export\"")).toList())
                .isEqualTo(export.lines().filter(line -> !line.contains("\"gloss:Export\"")).toList());
    }

    /** An article's annotations in Gloss's API: with their versions, which count the changes in their history. */
    private static JsonNode annotations(PackagedJar gloss, String key, String article) throws Exception {
        return JSON.readTree(gloss.as(key).get(article + "/annotations").then().statusCode(200).extract().asString());
    }

    /** An annotation's recorded changes, without the revision numbers (each server numbers its own). */
    private static JsonNode history(PackagedJar gloss, String key, String path) throws Exception {
        JsonNode history = JSON.readTree(gloss.as(key).get(path).then().statusCode(200).extract().asString());
        for (JsonNode entry : history) {
            ((ObjectNode) entry).remove("revision");
        }
        return history;
    }
}
