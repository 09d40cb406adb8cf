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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A new revision of the text finds every annotation's passage again, or orphans it. */
@QuarkusTest
class ReanchoringTest {

    private static final String FIRST = "<p>Militants shelled two villages overnight, the centre said.</p>"
            + "<p>The attacks were carried out by groups allied with Daesh and Tahrir al-Sham.</p>";

    private String slug;
    private String key;

    @BeforeEach
    void publication() {
        slug = newPublication();
        key = editorKey(slug);
        putArticle(slug, key, "story", FIRST);
    }

    @Test
    void annotationFollowsItsPassageWhenTextIsInsertedBeforeIt() {
        long id = annotate(slug, key, "story", footnote("allied with Daesh", "Daesh note."));
        int before = annotation(id).getInt("target.start");

        JsonPath article = push("<p>BREAKING: a new first paragraph.</p>" + FIRST);

        int shift = "BREAKING: a new first paragraph.\n".length();
        JsonPath moved = annotation(id);
        assertThat(article.getList("orphaned")).isEmpty();
        assertThat(moved.getInt("target.start")).isEqualTo(before + shift);
        assertThat(moved.getString("anchor")).isEqualTo("ANCHORED");
        assertThat(moved.getString("target.prefix")).endsWith("carried out by groups ");
    }

    @Test
    void annotationWhosePassageIsGoneIsOrphanedAndKept() {
        long kept = annotate(slug, key, "story", footnote("two villages", "Names of the villages."));
        long gone = annotate(slug, key, "story", footnote("Tahrir al-Sham", "HTS note."));

        JsonPath article = push("<p>Militants shelled two villages overnight, the centre said.</p>"
                + "<p>The attacks were carried out by unidentified groups.</p>");

        assertThat(article.getList("orphaned", Long.class)).containsExactly(gone);
        as(key).get(articlePath(slug, "story") + "/annotations/" + gone).then().statusCode(200)
                .body("anchor", equalTo("ORPHANED"))
                .body("target.exact", equalTo("Tahrir al-Sham"))
                .body("body.text", equalTo("HTS note."));
        as(key).get(articlePath(slug, "story") + "/annotations/" + kept).then().body("anchor", equalTo("ANCHORED"));
    }

    @Test
    void mentionMovedIntoRewrittenSentencesIsOrphanedNotGuessed() {
        long id = annotate(slug, key, "story", footnote("Daesh", "Daesh note."));
        // The sentence around the mention is replaced by two identical look-alike sentences.
        String edited = "<p>Militants shelled two villages overnight, the centre said.</p>"
                + "<p>Officials named Daesh.</p><p>Officials named Daesh.</p>";

        JsonPath article = push(edited);

        assertThat(article.getList("orphaned", Long.class)).containsExactly(id);
        assertThat(annotation(id).getString("anchor")).isEqualTo("ORPHANED");
    }

    @Test
    void duplicatedPassageWithIdenticalContextIsOrphaned() {
        long id = annotate(slug, key, "story", footnote("Daesh", "Daesh note."));
        String paragraph = "<p>The attacks were carried out by groups allied with Daesh and Tahrir al-Sham.</p>";
        // The paragraph now appears twice and everything moved: context and position both tie.
        JsonPath article = push("<p>Update: corrected.</p>" + FIRST + paragraph);

        assertThat(article.getList("orphaned", Long.class)).containsExactly(id);
    }

    @Test
    void duplicatedPassageIsResolvedByItsUnchangedPosition() {
        long id = annotate(slug, key, "story", footnote("Daesh", "Daesh note."));
        int start = annotation(id).getInt("target.start");
        String paragraph = "<p>The attacks were carried out by groups allied with Daesh and Tahrir al-Sham.</p>";

        JsonPath article = push(FIRST + paragraph);

        assertThat(article.getList("orphaned")).isEmpty();
        assertThat(annotation(id).getInt("target.start")).isEqualTo(start);
    }

    @Test
    void orphanAnchorsAgainWhenItsPassageReturns() {
        long id = annotate(slug, key, "story", footnote("Tahrir al-Sham", "HTS note."));
        push("<p>Militants shelled two villages overnight, the centre said.</p>");
        assertThat(annotation(id).getString("anchor")).isEqualTo("ORPHANED");

        JsonPath restored = push(FIRST);

        assertThat(restored.getList("orphaned")).isEmpty();
        assertThat(annotation(id).getString("anchor")).isEqualTo("ANCHORED");
    }

    @Test
    void reanchoringIsRecordedInTheHistory() {
        long id = annotate(slug, key, "story", footnote("Tahrir al-Sham", "HTS note."));
        push("<p>Militants shelled two villages overnight, the centre said.</p>");

        as(key).get(articlePath(slug, "story") + "/annotations/" + id + "/history").then().statusCode(200)
                .body("change", contains("CREATED", "UPDATED"))
                .body("state.anchor", contains("ANCHORED", "ORPHANED"));
    }

    @Test
    void unchangedTextLeavesAnnotationsAlone() {
        long id = annotate(slug, key, "story", footnote("Daesh", "Daesh note."));
        push(FIRST.replace("<p>", "<p class=\"lead\">"));
        as(key).get(articlePath(slug, "story") + "/annotations/" + id).then().body("version", equalTo(0));
        as(key).get(articlePath(slug, "story") + "/annotations/" + id + "/history").then().body("change", contains("CREATED"));
        as(key).get(articlePath(slug, "story")).then().body("revision", equalTo(1));
        assertThat(push(FIRST).getList("orphaned")).isEmpty();
        as(key).get(articlePath(slug, "story") + "/annotations").then().body("anchor", contains("ANCHORED"))
                .body("id", org.hamcrest.Matchers.not(empty()));
    }

    private JsonPath push(String html) {
        return as(key).body(Map.of("title", "Story", "language", "en", "body", html))
                .put(articlePath(slug, "story")).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath annotation(long id) {
        return as(key).get(articlePath(slug, "story") + "/annotations/" + id).then().statusCode(200).extract().jsonPath();
    }
}
