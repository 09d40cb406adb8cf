package io.gloss.access;

import static io.gloss.TestApi.asOperator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gloss.TestApi;
import io.quarkus.test.junit.QuarkusTest;

/** A publication's CMS may call its API from a browser; no other site may. */
@QuarkusTest
class CorsTest {

    private static final String CMS = "https://cms.daily.example";

    private static String publicationWithCms() {
        String slug = "cors-" + System.nanoTime() % 1_000_000_000L;
        asOperator().body(Map.of("name", "Daily", "locale", "en", "jurisdictions", List.of("RU"), "allowedOrigins", List.of(CMS)))
                .put("/api/publications/{slug}", slug).then().statusCode(201);
        return slug;
    }

    @Test
    void theCmsOriginPassesThePreflightAndReadsAnswers() {
        String slug = publicationWithCms();
        String key = TestApi.editorKey(slug);
        given().header("Origin", CMS).header("Access-Control-Request-Method", "PUT")
                .options("/api/publications/{slug}/articles/42/annotations/7", slug).then().statusCode(204)
                .header("Access-Control-Allow-Origin", CMS)
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsString("If-Match"));
        TestApi.as(key).header("Origin", CMS).get("/api/publications/{slug}/articles?size=1", slug).then().statusCode(200)
                .header("Access-Control-Allow-Origin", CMS).header("Access-Control-Expose-Headers", CorsFilters.EXPOSED);
        // Errors too, so the CMS can show Gloss's explanation.
        given().header("Origin", CMS).get("/api/publications/{slug}/articles/none", slug).then().statusCode(401)
                .header("Access-Control-Allow-Origin", CMS);
    }

    @Test
    void otherOriginsGetNoCorsHeaders() {
        String slug = publicationWithCms();
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/publications/{slug}/articles", slug).then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue());
        // Another publication's CMS is another site.
        String other = TestApi.newPublication();
        given().header("Origin", CMS).header("Access-Control-Request-Method", "GET")
                .options("/api/publications/{slug}/articles", other).then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue());
        TestApi.as(TestApi.editorKey(other)).header("Origin", CMS).get("/api/publications/{slug}/articles", other).then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
