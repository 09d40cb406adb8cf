package io.gloss.access;

import static io.gloss.TestApi.as;
import static io.gloss.TestApi.asOperator;
import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gloss.publication.ApiKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccessTest {

    @Test
    void requestWithoutKeyIsUnauthorizedAsProblemJson() {
        given().get("/api/publications").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
        String slug = newPublication();
        given().get(articlePath(slug, "a1")).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unknownOrMalformedKeyIsUnauthorized() {
        as("gls_not-a-real-key").get("/api/publications").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/publications").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void editorKeyCannotManagePublicationsOrKeys() {
        String slug = newPublication();
        String key = editorKey(slug);

        as(key).get("/api/publications").then().statusCode(403).contentType("application/problem+json");
        as(key).body(Map.of("role", "editor")).post("/api/publications/{slug}/keys", slug).then().statusCode(403);
        as(key).body(Map.of("name", "Hijacked", "locale", "en")).put("/api/publications/{slug}", slug)
                .then().statusCode(403);
        asOperator().get("/api/publications/{slug}", slug).then().body("name", not(equalTo("Hijacked")));
    }

    @Test
    void editorKeySeesOnlyItsOwnPublicationAndOthersAnswerNotFound() {
        String mine = newPublication();
        String theirs = newPublication();
        String myKey = editorKey(mine);
        String theirKey = editorKey(theirs);
        putArticle(theirs, theirKey, "secret-story", "<p>Their unpublished scoop.</p>");

        as(myKey).get("/api/publications/{slug}", mine).then().statusCode(200).body("slug", equalTo(mine));
        String leak = as(myKey).get(articlePath(theirs, "secret-story")).then()
                .statusCode(404).contentType("application/problem+json").extract().asString();
        assertThat(leak).doesNotContain("scoop");
        as(myKey).get(articlePath(theirs, "secret-story") + "/annotations").then().statusCode(404);
        as(myKey).get("/api/publications/{slug}", theirs).then().statusCode(404);
        as(myKey).body(Map.of("title", "x", "language", "en", "body", "<p>overwrite</p>"))
                .put(articlePath(theirs, "secret-story")).then().statusCode(404);
        as(myKey).delete(articlePath(theirs, "secret-story")).then().statusCode(404);
        // Nothing of theirs changed.
        as(theirKey).get(articlePath(theirs, "secret-story")).then().statusCode(200)
                .body("text", equalTo("Their unpublished scoop."));
    }

    @Test
    void keyIsShownOnceAndStoredOnlyAsHash() {
        String slug = newPublication();
        var created = asOperator().body(Map.of("role", "editor", "label", "wordpress-prod"))
                .post("/api/publications/{slug}/keys", slug).then().statusCode(201)
                .header("Location", containsString("/keys/")).extract().jsonPath();
        String secret = created.getString("key");
        long id = created.getLong("id");

        assertThat(secret).startsWith("gls_").hasSizeGreaterThan(40);
        asOperator().get("/api/publications/{slug}/keys", slug).then().statusCode(200)
                .body("[0].id", equalTo((int) id))
                .body("[0].label", equalTo("wordpress-prod"))
                .body("[0].key", nullValue())
                .body(not(containsString(secret)));
        ApiKey stored = QuarkusTransaction.requiringNew().call(() -> ApiKey.findById(id));
        assertThat(stored.keyHash).isNotEqualTo(secret).isEqualTo(KeySecrets.hash(secret)).doesNotContain(secret);
        as(secret).get("/api/publications/{slug}", slug).then().statusCode(200);
    }

    @Test
    void revokedKeyStopsWorkingAtOnce() {
        String slug = newPublication();
        var created = asOperator().body(Map.of("role", "editor")).post("/api/publications/{slug}/keys", slug)
                .then().statusCode(201).extract().jsonPath();
        String secret = created.getString("key");
        as(secret).get("/api/publications/{slug}", slug).then().statusCode(200);

        asOperator().delete("/api/publications/{slug}/keys/{id}", slug, created.getLong("id")).then().statusCode(204);

        as(secret).get("/api/publications/{slug}", slug).then().statusCode(401);
        asOperator().get("/api/publications/{slug}/keys", slug).then().body("[0].revokedAt", not(nullValue()));
    }

    @Test
    void onlyEditorKeysCanBeIssuedToPublications() {
        String slug = newPublication();
        asOperator().body(Map.of("role", "admin")).post("/api/publications/{slug}/keys", slug).then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("role"));
    }
}
