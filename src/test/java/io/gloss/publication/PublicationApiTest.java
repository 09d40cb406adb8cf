package io.gloss.publication;

import static io.gloss.TestApi.asOperator;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PublicationApiTest {

    @Test
    void putCreatesThenUpdatesAPublication() {
        String slug = "daily-" + System.nanoTime();
        asOperator().body(Map.of("name", "The Daily", "locale", "ru", "jurisdictions", List.of("RU"),
                "markerPolicy", "EVERY", "allowedOrigins", List.of("https://cms.daily.example")))
                .put("/api/publications/{slug}", slug).then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("slug", equalTo(slug)).body("locale", equalTo("ru"))
                .body("jurisdictions", contains("RU")).body("markerPolicy", equalTo("EVERY"))
                .body("allowedOrigins", contains("https://cms.daily.example"));

        asOperator().body(Map.of("name", "The Daily Renamed", "locale", "en", "jurisdictions", List.of("RU", "UA")))
                .put("/api/publications/{slug}", slug).then()
                .statusCode(200).body("name", equalTo("The Daily Renamed"))
                .body("jurisdictions", contains("RU", "UA")).body("markerPolicy", equalTo("FIRST"));

        asOperator().get("/api/publications/{slug}", slug).then().statusCode(200)
                .body("name", equalTo("The Daily Renamed"));
        asOperator().get("/api/publications").then().statusCode(200).body("slug", hasItem(slug));
    }

    @Test
    void invalidPublicationFieldsAreNamed() {
        asOperator().body(Map.of("name", "x", "locale", "en")).put("/api/publications/{slug}", "Bad Slug!")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("slug"));
        asOperator().body(Map.of("name", "", "locale", "english please", "jurisdictions", List.of("Russia"),
                "allowedOrigins", List.of("javascript:alert(1)")))
                .put("/api/publications/{slug}", "valid-slug").then().statusCode(422)
                .body("errors.field", contains("allowedOrigins[0]", "jurisdictions[0]", "locale", "name"));
        asOperator().body(Map.of("name", "x", "locale", "en", "markerPolicy", "SOMETIMES"))
                .put("/api/publications/{slug}", "valid-slug").then().statusCode(400)
                .body("errors[0].field", equalTo("markerPolicy"));
        asOperator().get("/api/publications/{slug}", "valid-slug").then().statusCode(404);
    }
}
