package io.gloss.article;

import static io.gloss.TestApi.annotate;
import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.footnote;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleApiTest {

    private String slug;
    private String key;

    @BeforeEach
    void publication() {
        slug = newPublication();
        key = editorKey(slug);
    }

    @Test
    void putCreatesArticleWithDerivedPlainText() {
        as(key).body(Map.of("title", "Fighting in Idlib", "url", "https://news.example/idlib", "section", "World",
                "language", "en", "publishedAt", "2019-05-28T09:30:00+03:00",
                "body", "<h2>Idlib</h2><p>Allied with <a href=\"/daesh\">Daesh</a> and Tahrir al-Sham.</p><p>Second &amp; last.</p>"))
                .put(articlePath(slug, "story-1")).then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("externalId", equalTo("story-1"))
                .body("text", equalTo("Idlib\nAllied with Daesh and Tahrir al-Sham.\nSecond & last."))
                .body("revision", equalTo(1))
                .body("publishedAt", equalTo("2019-05-28T06:30:00Z"))
                .body("section", equalTo("World"));

        as(key).get(articlePath(slug, "story-1")).then().statusCode(200)
                .body("title", equalTo("Fighting in Idlib"))
                .body("body", equalTo("<h2>Idlib</h2><p>Allied with <a href=\"/daesh\">Daesh</a> and Tahrir al-Sham.</p><p>Second &amp; last.</p>"))
                .body("revision", equalTo(1));
    }

    @Test
    void revisionGoesUpOnlyWhenTheTextChanges() {
        putArticle(slug, key, "story-2", "<p>First version.</p>");
        // Same text, different markup and title: not a new revision.
        as(key).body(Map.of("title", "New title", "language", "en", "body", "<p><b>First</b> version.</p>"))
                .put(articlePath(slug, "story-2")).then().statusCode(200).body("revision", equalTo(1))
                .body("title", equalTo("New title"));
        as(key).body(Map.of("title", "New title", "language", "en", "body", "<p>Second version.</p>"))
                .put(articlePath(slug, "story-2")).then().statusCode(200).body("revision", equalTo(2))
                .body("orphaned", empty());
    }

    @Test
    void staleIfMatchOnArticleIsRefused() {
        putArticle(slug, key, "story-3", "<p>Text.</p>");
        String etag = as(key).get(articlePath(slug, "story-3")).then().extract().header("ETag");
        as(key).header("If-Match", etag).body(Map.of("title", "A", "language", "en", "body", "<p>Text two.</p>"))
                .put(articlePath(slug, "story-3")).then().statusCode(200);
        as(key).header("If-Match", etag).body(Map.of("title", "B", "language", "en", "body", "<p>Text three.</p>"))
                .put(articlePath(slug, "story-3")).then().statusCode(412).contentType("application/problem+json");
        as(key).get(articlePath(slug, "story-3")).then().body("title", equalTo("A")).body("text", equalTo("Text two."));
    }

    @Test
    void ifMatchForAnArticleThatDoesNotExistIsRefused() {
        as(key).header("If-Match", "\"article-1-v0\"").body(Map.of("title", "A", "language", "en", "body", "<p>x</p>"))
                .put(articlePath(slug, "deleted-meanwhile")).then().statusCode(412).contentType("application/problem+json");
        as(key).get(articlePath(slug, "deleted-meanwhile")).then().statusCode(404);
    }

    @Test
    void revivedArticleStartsANewRevision() {
        putArticle(slug, key, "phoenix", "<p>Same text.</p>");
        as(key).delete(articlePath(slug, "phoenix")).then().statusCode(204);
        as(key).body(Map.of("title", "Back", "language", "en", "body", "<p>Same text.</p>"))
                .put(articlePath(slug, "phoenix")).then().statusCode(201).body("revision", equalTo(2));
    }

    @Test
    void badPagingIsNamed() {
        as(key).queryParam("page", "abc").get("/api/publications/{slug}/articles", slug).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        as(key).queryParam("size", "100000").get("/api/publications/{slug}/articles", slug).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void listShowsArticlesWithoutBodies() {
        putArticle(slug, key, "a", "<p>One.</p>");
        putArticle(slug, key, "b", "<p>Two.</p>");
        as(key).get("/api/publications/{slug}/articles", slug).then().statusCode(200)
                .body("$", hasSize(2)).body("externalId", contains("b", "a")).body("[0].body", equalTo(null));
    }

    @Test
    void deleteRemovesTheArticleAndItsAnnotations() {
        putArticle(slug, key, "gone", "<p>Text with a note.</p>");
        long id = annotate(slug, key, "gone", footnote("a note", "Note."));

        as(key).delete(articlePath(slug, "gone")).then().statusCode(204);

        as(key).get(articlePath(slug, "gone")).then().statusCode(404).contentType("application/problem+json");
        as(key).get(articlePath(slug, "gone") + "/annotations/" + id).then().statusCode(404);
        // A new article under the same id starts from scratch.
        putArticle(slug, key, "gone", "<p>Text with a note.</p>");
        as(key).get(articlePath(slug, "gone") + "/annotations").then().body("$", empty());
    }

    @Test
    void unknownArticleIsNotFound() {
        as(key).get(articlePath(slug, "never-sent")).then().statusCode(404).contentType("application/problem+json");
    }
}
