package io.gloss.annotation;

import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.footnote;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A retried or doubled create with one Idempotency-Key makes one annotation. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    IdempotencyKeyExpiry expiry;

    private String slug;
    private String key;
    private String annotations;

    @BeforeEach
    void article() {
        slug = newPublication();
        key = editorKey(slug);
        putArticle(slug, key, "story", "<p>Daesh claimed the attack on the town.</p>");
        annotations = articlePath(slug, "story") + "/annotations";
    }

    @Test
    void theSameKeyAnswersWithTheFirstAnnotation() {
        String body = footnote("the town", "Kafr Nabuda.");
        long first = as(key).header("Idempotency-Key", "note-1").body(body).post(annotations).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(key).header("Idempotency-Key", "note-1").body(body).post(annotations).then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo((int) first));
        as(key).get(annotations).then().body("size()", equalTo(1));

        // A new key is a new annotation; an old key with another request is refused, naming the header.
        as(key).header("Idempotency-Key", "note-2").body(body).post(annotations).then().statusCode(201);
        as(key).header("Idempotency-Key", "note-1").body(footnote("the town", "Another note.")).post(annotations).then()
                .statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        as(key).header("Idempotency-Key", "bad key with spaces").body(body).post(annotations).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(key).get(annotations).then().body("size()", equalTo(2));
    }

    @Test
    void aDoubledRequestSentAtOnceMakesOneAnnotation() throws Exception {
        String body = footnote("the town", "Sent twice at once.");
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> twice = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                twice.add(() -> as(key).header("Idempotency-Key", "double").body(body).post(annotations).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : clicks.invokeAll(twice)) {
                statuses.add(answer.get());
            }
            // The loser of a true race answers 409 and may retry; its retry finds the first annotation.
            assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        } finally {
            clicks.shutdown();
        }
        as(key).header("Idempotency-Key", "double").body(body).post(annotations).then().statusCode(201);
        as(key).get(annotations).then().body("size()", equalTo(1));
    }

    @Test
    void keysAreForgottenAfterTheWindow() {
        as(key).header("Idempotency-Key", "old").body(footnote("the town", "Old.")).post(annotations).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> IdempotencyKey.update("createdAt = ?1 where key = ?2",
                java.time.Instant.now().minus(java.time.Duration.ofDays(2)), "old"));
        assertThat(QuarkusTransaction.requiringNew().call(expiry::expire)).isGreaterThanOrEqualTo(1);
        as(key).header("Idempotency-Key", "old").body(footnote("the town", "New.")).post(annotations).then().statusCode(201);
        as(key).get(annotations).then().body("size()", equalTo(2));
    }
}
