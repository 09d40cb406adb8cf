package io.gloss.annotation;

import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.footnote;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The race found under load: editors annotating while the CMS pushes new text. 43 of 1,200
 * annotations stayed ANCHORED with selectors from a text replaced meanwhile, and their markers landed
 * mid-word. An annotation write and a new revision of the text never interleave.
 */
@QuarkusTest
class AnchorRaceTest {

    private static final int EDITORS = 4;
    private static final int WRITES_PER_EDITOR = 25;
    private static final int REVISIONS = 40;

    /** Each revision moves the annotated words: a different number of sentences stands before them. */
    private static String revision(int n) {
        return "<p>" + "Update %d. ".formatted(n).repeat(n % 6) + "Militants shelled two villages overnight, the centre said.</p>";
    }

    @Test
    void annotationsWrittenWhileTheTextChangesAreLocatedInTheTextTheyAreStoredWith() throws Exception {
        String slug = newPublication();
        String key = editorKey(slug);
        putArticle(slug, key, "story", revision(0));
        String path = articlePath(slug, "story");

        ExecutorService pool = Executors.newFixedThreadPool(EDITORS + 2);
        List<Future<List<Integer>>> work = new ArrayList<>();
        // Two CMS pushes at a time, without If-Match: docs/api.md says they go through, last one wins.
        for (int cms = 0; cms < 2; cms++) {
            int offset = cms;
            work.add(pool.submit(statuses(REVISIONS / 2, i -> as(key)
                    .body(Map.of("title", "Story", "language", "en", "body", revision(2 * i + offset + 1),
                            "publishedAt", "2019-05-28T09:30:00+03:00"))
                    .put(path).statusCode())));
        }
        for (int editor = 0; editor < EDITORS; editor++) {
            work.add(pool.submit(statuses(WRITES_PER_EDITOR, i -> as(key).body(footnote("two villages", "Note " + i))
                    .post(path + "/annotations").statusCode())));
        }
        List<Integer> answers = new ArrayList<>();
        for (Future<List<Integer>> done : work) {
            answers.addAll(done.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(answers).as("every push and every write went through").containsOnly(200, 201);

        String text = as(key).get(path).then().statusCode(200).extract().path("text");
        JsonPath annotations = as(key).get(path + "/annotations").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> targets = annotations.getList("target");
        assertThat(targets).hasSize(EDITORS * WRITES_PER_EDITOR);
        assertThat(annotations.getList("anchor", String.class)).containsOnly("ANCHORED");
        int[] points = text.codePoints().toArray();
        for (Map<String, Object> target : targets) {
            int start = (Integer) target.get("start");
            int end = (Integer) target.get("end");
            assertThat(new String(points, start, end - start)).as("the passage at %d..%d of the stored text", start, end)
                    .isEqualTo("two villages");
        }
        // Readers' markers stand right after the words, never inside one.
        String body = as(key).get("/embed/{slug}/story/body", slug).then().statusCode(200).extract().asString();
        String markers = body.replaceAll("(?s)<sup[^>]*>.*?</sup>", "§");
        assertThat(markers).contains("two villages" + "§".repeat(EDITORS * WRITES_PER_EDITOR) + " overnight");
    }

    private interface Step {
        int run(int i);
    }

    private static Callable<List<Integer>> statuses(int times, Step step) {
        return () -> {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                statuses.add(step.run(i));
            }
            return statuses;
        };
    }
}
