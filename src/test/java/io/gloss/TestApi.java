package io.gloss;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Shortcuts for tests that drive Gloss over real HTTP, each in a publication of its own. */
public final class TestApi {

    /** The operator key of the test profile (application.properties). */
    public static final String OPERATOR_KEY = "test-operator-key";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestApi() {
    }

    public static RequestSpecification asOperator() {
        return as(OPERATOR_KEY);
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /** A fresh publication (unique slug per call, so tests never see each other's data). */
    public static String newPublication() {
        String slug = "pub-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        asOperator().body(Map.of("name", "Test " + slug, "locale", "en", "jurisdictions", new String[] { "RU" }))
                .put("/api/publications/{slug}", slug).then().statusCode(201);
        return slug;
    }

    public static String editorKey(String slug) {
        return asOperator().body(Map.of("role", "editor", "label", "test"))
                .post("/api/publications/{slug}/keys", slug).then().statusCode(201)
                .extract().path("key");
    }

    public static String articlePath(String slug, String externalId) {
        return "/api/publications/" + slug + "/articles/" + externalId;
    }

    public static void putArticle(String slug, String key, String externalId, String html) {
        as(key).body(Map.of("title", "Title of " + externalId, "language", "en", "body", html,
                "publishedAt", "2019-05-28T09:30:00+03:00"))
                .put(articlePath(slug, externalId)).then().statusCode(org.hamcrest.Matchers.either(
                        org.hamcrest.Matchers.is(200)).or(org.hamcrest.Matchers.is(201)));
    }

    /** Creates an annotation from a JSON string and returns its id. */
    public static long annotate(String slug, String key, String externalId, String json) {
        return as(key).body(json).post(articlePath(slug, externalId) + "/annotations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String footnote(String exact, String text) {
        return """
                {"kind":"FOOTNOTE","status":"PUBLISHED","target":{"exact":%s},"body":{"text":%s}}
                """.formatted(quoted(exact), quoted(text));
    }

    /** A JSON string literal. */
    public static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
