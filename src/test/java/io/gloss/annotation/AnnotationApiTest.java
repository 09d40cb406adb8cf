package io.gloss.annotation;

import static io.gloss.TestApi.annotate;
import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.footnote;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AnnotationApiTest {

    private static final String STORY = "<p>MOSCOW, 28 May – The reconciliation centre said militants shelled two villages.</p>"
            + "<p>The attacks were carried out by groups allied with Daesh and Tahrir al-Sham, formerly known as the al-Nusra Front.</p>";

    private String slug;
    private String key;
    private String annotations;

    @BeforeEach
    void article() {
        slug = newPublication();
        key = editorKey(slug);
        putArticle(slug, key, "idlib", STORY);
        annotations = articlePath(slug, "idlib") + "/annotations";
    }

    @Test
    void everyKindIsCreatedWithItsBodyAndAuthor() {
        as(key).body("""
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Sputnik","url":"https://sputniknews.com","type":"NEWS_AGENCY"}}
                """).post(annotations).then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", matchesPattern("\"annotation-\\d+-v0\""))
                .body("kind", equalTo("SOURCE")).body("status", equalTo("PUBLISHED"))
                .body("body.name", equalTo("Sputnik")).body("body.type", equalTo("NEWS_AGENCY"))
                .body("target", nullValue()).body("anchor", nullValue())
                .body("createdBy", equalTo("test (key-" + keyId() + ")")).body("version", equalTo(0));
        as(key).body("""
                {"kind":"RELATED_LINK","body":{"url":"https://news.example/denial","title":"Russian MoD Denies Allegations","relation":"DENIAL","afterParagraph":1}}
                """).post(annotations).then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("body.afterParagraph", equalTo(1));
        as(key).body("""
                {"kind":"DESIGNATION","status":"PUBLISHED","target":{"exact":"Daesh"},"body":{"organization":"isis","decision":"CONFIRMED"}}
                """).post(annotations).then().statusCode(201)
                .body("body.organization", equalTo("isis")).body("anchor", equalTo("ANCHORED"));
        as(key).body(footnote("two villages", "Kafr Nabuda and Qalaat al-Madiq.")).post(annotations).then()
                .statusCode(201).body("body.text", equalTo("Kafr Nabuda and Qalaat al-Madiq."));

        as(key).get(annotations).then().statusCode(200).body("kind",
                contains("SOURCE", "RELATED_LINK", "DESIGNATION", "FOOTNOTE"));
    }

    @Test
    void targetIsCompletedFromTheArticleText() {
        String text = as(key).get(articlePath(slug, "idlib")).then().extract().path("text");
        int start = text.codePointCount(0, text.indexOf("Tahrir al-Sham"));

        as(key).body("""
                {"kind":"DESIGNATION","target":{"exact":"Tahrir al-Sham"},"body":{"organization":"hts","decision":"CONFIRMED"}}
                """).post(annotations).then().statusCode(201)
                .body("target.exact", equalTo("Tahrir al-Sham"))
                .body("target.start", equalTo(start)).body("target.end", equalTo(start + 14))
                .body("target.prefix", equalTo(text.substring(text.indexOf("Tahrir al-Sham") - 32, text.indexOf("Tahrir al-Sham"))))
                .body("target.suffix", equalTo(", formerly known as the al-Nusra"));

        as(key).body("""
                {"kind":"FOOTNOTE","target":{"start":%d,"end":%d},"body":{"text":"Also HTS."}}
                """.formatted(start, start + 6)).post(annotations).then().statusCode(201)
                .body("target.exact", equalTo("Tahrir"));
    }

    @Test
    void quoteThatIsNotInTheArticleIsRefused() {
        as(key).body(footnote("Hezbollah", "Not in this story.")).post(annotations).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("target.exact"));
        as(key).body("""
                {"kind":"FOOTNOTE","target":{"exact":"Daesh","start":0,"end":5},"body":{"text":"Positions point elsewhere but the quote exists once."}}
                """).post(annotations).then().statusCode(201).body("target.start", equalTo(textIndexOf("Daesh")));
        as(key).body("""
                {"kind":"FOOTNOTE","target":{"start":5,"end":100000},"body":{"text":"Out of range."}}
                """).post(annotations).then().statusCode(422).body("errors[0].field", equalTo("target.start"));
        as(key).get(annotations).then().body("$", hasSize(1));
    }

    @Test
    void aDecisionAboutAnOrganisationTheRegistryDoesNotKnowIsRefused() {
        as(key).body("""
                {"kind":"DESIGNATION","target":{"exact":"Daesh"},"body":{"organization":"isil","decision":"CONFIRMED"}}
                """).post(annotations).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body.organization"))
                .body("errors[0].message", containsString("'isil' is not an organisation of the registry"));
        as(key).get(annotations).then().statusCode(200).body("findAll { it.kind == 'DESIGNATION' }", hasSize(0));
    }

    @Test
    void listFiltersByKindAndStatus() {
        annotate(slug, key, "idlib", footnote("Daesh", "Published note."));
        annotate(slug, key, "idlib", """
                {"kind":"FOOTNOTE","status":"DRAFT","body":{"text":"Draft note."}}
                """);
        annotate(slug, key, "idlib", """
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Sputnik","type":"NEWS_AGENCY"}}
                """);

        as(key).queryParam("kind", "FOOTNOTE").get(annotations).then().body("body.text",
                containsInAnyOrder("Published note.", "Draft note."));
        as(key).queryParam("status", "PUBLISHED").get(annotations).then().body("kind", contains("FOOTNOTE", "SOURCE"));
        as(key).queryParam("kind", "FOOTNOTE").queryParam("status", "DRAFT").get(annotations).then()
                .body("body.text", contains("Draft note."));
        as(key).queryParam("kind", "BANANA").get(annotations).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
    }

    @Test
    void theListIsPagedAndAFullPageLinksToTheNext() {
        for (int i = 0; i < 5; i++) {
            annotate(slug, key, "idlib", footnote("Daesh", "Note " + i + "."));
        }
        var first = as(key).queryParam("size", 2).get(annotations).then().statusCode(200)
                .body("body.text", contains("Note 0.", "Note 1.")).extract();
        String next = first.header("Link").replaceAll("^<(.*)>; rel=\"next\"$", "$1");
        var second = as(key).get(next).then().statusCode(200).body("body.text", contains("Note 2.", "Note 3.")).extract();
        as(key).get(second.header("Link").replaceAll("^<(.*)>; rel=\"next\"$", "$1")).then().statusCode(200)
                .body("body.text", contains("Note 4.")).header("Link", nullValue());
        as(key).get(annotations).then().body("size()", equalTo(5)).header("Link", nullValue());
        as(key).queryParam("size", 1001).get(annotations).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void updateReplacesStatusTargetAndBodyButNotKind() {
        long id = annotate(slug, key, "idlib", footnote("Daesh", "First wording."));
        String etag = as(key).get(annotations + "/" + id).then().statusCode(200).extract().header("ETag");

        as(key).header("If-Match", etag).body("""
                {"kind":"FOOTNOTE","status":"PUBLISHED","target":{"exact":"al-Nusra Front"},"body":{"text":"Second wording."}}
                """).put(annotations + "/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("body.text", equalTo("Second wording."))
                .body("target.exact", equalTo("al-Nusra Front"));
        as(key).body("""
                {"kind":"SOURCE","body":{"name":"x","type":"OFFICIAL"}}
                """).put(annotations + "/" + id).then().statusCode(422).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void updateWithoutStatusLeavesAPublishedFootnotePublished() {
        long id = annotate(slug, key, "idlib", footnote("Daesh", "Published."));
        as(key).body("""
                {"kind":"FOOTNOTE","target":{"exact":"Daesh"},"body":{"text":"Reworded."}}
                """).put(annotations + "/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("body.text", equalTo("Reworded."));
    }

    @Test
    void passageLongerThanTheLimitIsRefused() {
        String longStory = "<p>" + "word ".repeat(1200) + "</p>";
        putArticle(slug, key, "long", longStory);
        as(key).body("""
                {"kind":"FOOTNOTE","target":{"start":0,"end":5001},"body":{"text":"Too long a passage."}}
                """).post(articlePath(slug, "long") + "/annotations").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("target"));
        as(key).body("""
                {"kind":"FOOTNOTE","target":{"start":0,"end":5000},"body":{"text":"Just fits."}}
                """).post(articlePath(slug, "long") + "/annotations").then().statusCode(201);
    }

    @Test
    void annotationsOfOtherArticlesAndPublicationsAreNotFoundThroughOwnPaths() {
        putArticle(slug, key, "other-story", STORY);
        long sameTenant = annotate(slug, key, "other-story", footnote("Daesh", "On another article."));
        String theirSlug = newPublication();
        String theirKey = editorKey(theirSlug);
        putArticle(theirSlug, theirKey, "idlib", STORY);
        long otherTenant = annotate(theirSlug, theirKey, "idlib", footnote("Daesh", "Their note."));

        for (long foreign : new long[] { sameTenant, otherTenant }) {
            as(key).get(annotations + "/" + foreign).then().statusCode(404);
            as(key).get(annotations + "/" + foreign + "/history").then().statusCode(404);
            as(key).body(footnote("Daesh", "Hijack.")).put(annotations + "/" + foreign).then().statusCode(404);
            as(key).delete(annotations + "/" + foreign).then().statusCode(404);
        }
        as(key).get(articlePath(slug, "other-story") + "/annotations/" + sameTenant).then()
                .body("body.text", equalTo("On another article."));
        as(theirKey).get(articlePath(theirSlug, "idlib") + "/annotations/" + otherTenant).then()
                .body("body.text", equalTo("Their note."));
    }

    @Test
    void historyOutlivesTheArticle() {
        long id = annotate(slug, key, "idlib", footnote("Daesh", "Shown until deletion."));
        as(key).delete(articlePath(slug, "idlib")).then().statusCode(204);

        as(key).get(annotations + "/" + id).then().statusCode(404);
        as(key).get(annotations + "/" + id + "/history").then().statusCode(200)
                .body("change", contains("CREATED", "DELETED"))
                .body("state.body.text", contains("Shown until deletion.", "Shown until deletion."));
    }

    @Test
    void staleIfMatchIsRefusedSoEditorsNeverOverwriteEachOther() {
        long id = annotate(slug, key, "idlib", footnote("Daesh", "Original."));
        String etag = as(key).get(annotations + "/" + id).then().extract().header("ETag");
        // Editor A saves first.
        as(key).header("If-Match", etag).body(footnote("Daesh", "Editor A.")).put(annotations + "/" + id)
                .then().statusCode(200);
        // Editor B still holds the old ETag.
        as(key).header("If-Match", etag).body(footnote("Daesh", "Editor B.")).put(annotations + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        as(key).header("If-Match", etag).delete(annotations + "/" + id).then().statusCode(412);

        as(key).get(annotations + "/" + id).then().statusCode(200).body("body.text", equalTo("Editor A."));
    }

    @Test
    void anAnnotationReadFromTheListCarriesTheETagToSendBack() {
        long id = annotate(slug, key, "idlib", footnote("Daesh", "Original."));
        String header = as(key).get(annotations + "/" + id).then().extract().header("ETag");
        // A list has no ETag header per item: each item says its own, the same the item's own read gives.
        String listed = as(key).get(annotations).then().statusCode(200).extract().path("find { it.id == " + id + " }.etag");
        assertThat(listed).isEqualTo(header);
        String changed = as(key).header("If-Match", listed).body(footnote("Daesh", "Changed.")).put(annotations + "/" + id)
                .then().statusCode(200).extract().path("etag");
        assertThat(changed).isNotEqualTo(listed)
                .isEqualTo(as(key).get(annotations + "/" + id).then().extract().header("ETag"));
        as(key).header("If-Match", listed).delete(annotations + "/" + id).then().statusCode(412);
    }

    @Test
    void deleteRemovesTheAnnotation() {
        long id = annotate(slug, key, "idlib", footnote("Daesh", "Soon gone."));
        String etag = as(key).get(annotations + "/" + id).then().extract().header("ETag");
        as(key).header("If-Match", etag).delete(annotations + "/" + id).then().statusCode(204);
        as(key).get(annotations + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void historyRecordsWhoChangedWhatAndWhen() {
        long id = annotate(slug, key, "idlib", footnote("Daesh", "v1"));
        as(key).body(footnote("Daesh", "v2")).put(annotations + "/" + id).then().statusCode(200);
        as(key).delete(annotations + "/" + id).then().statusCode(204);

        as(key).get(annotations + "/" + id + "/history").then().statusCode(200)
                .body("change", contains("CREATED", "UPDATED", "DELETED"))
                .body("by", contains("test (key-" + keyId() + ")", "test (key-" + keyId() + ")", "test (key-" + keyId() + ")"))
                .body("state.body.text", contains("v1", "v2", "v2"))
                .body("state.version", contains(0, 1, 1))
                .body("[0].at", startsWith("20"));
        // Another publication's editor cannot read it.
        String other = newPublication();
        as(editorKey(other)).get(annotations + "/" + id + "/history").then().statusCode(404);
    }

    private long keyId() {
        return io.gloss.TestApi.asOperator().get("/api/publications/{slug}/keys", slug).then().extract().jsonPath()
                .getLong("[0].id");
    }

    private int textIndexOf(String quote) {
        String text = as(key).get(articlePath(slug, "idlib")).then().extract().path("text");
        return text.codePointCount(0, text.indexOf(quote));
    }
}
