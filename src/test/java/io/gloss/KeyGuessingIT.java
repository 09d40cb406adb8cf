package io.gloss;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.gloss.http.Problem;

/**
 * Key guessing against the packaged jar with its real limit (the test profile lifts it): past the
 * failed attempts of a minute, a client's keys are refused with 429 before they are looked up, while
 * anonymous readers of the same address still get their embeds.
 */
class KeyGuessingIT {

    private static final int LIMIT = 5;

    private final PackagedJar gloss = new PackagedJar().with("GLOSS_LIMITS_FAILED_KEYS_PER_MINUTE", String.valueOf(LIMIT));

    @AfterEach
    void stop() throws InterruptedException {
        gloss.stop();
    }

    @Test
    void aClientGuessingKeysIsRefusedForTheRestOfTheMinute() throws Exception {
        gloss.start();
        PackagedJar.Editor editor = gloss.newPublication("Guarded Daily", "en");
        gloss.as(editor.key()).body(Map.of("title", "Story", "language", "en", "body", "<p>Talks resumed.</p>",
                "publishedAt", "2024-01-01T00:00:00Z")).put(editor.article()).then().statusCode(201);

        for (int i = 0; i < LIMIT; i++) {
            gloss.as("gls_guess" + i).get(editor.article()).then().statusCode(401);
        }
        gloss.as("gls_guess-again").get(editor.article()).then().statusCode(429)
                .contentType(Problem.MEDIA_TYPE).header("Retry-After", "60").body("status", equalTo(429));
        // Not even a right key is looked up: the guesser cannot tell a hit from a miss.
        gloss.as(editor.key()).get(editor.article()).then().statusCode(429);

        String embed = editor.article().replace("/api/publications/", "/embed/").replace("/articles/", "/");
        given().baseUri("http://127.0.0.1").port(gloss.port()).get(embed).then().statusCode(200);
    }
}
