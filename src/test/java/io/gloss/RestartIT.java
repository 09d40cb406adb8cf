package io.gloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started as an operator would, keeps its data across a restart: publications,
 * keys (by their hash), articles, annotations and their history. Runs on embedded H2 in a file by
 * default, or on the database named by the system property {@code test.it.db-url}.
 */
class RestartIT {

    private final PackagedJar gloss = new PackagedJar();

    @AfterEach
    void stop() throws InterruptedException {
        gloss.stop();
    }

    @Test
    void dataSurvivesARestartOfThePackagedJar() throws Exception {
        gloss.start();
        PackagedJar.Editor editor = gloss.newPublication("Restart Daily", "ru");
        String key = editor.key();
        String article = editor.article();
        gloss.as(key).body(Map.of("title", "Боевики «ИГИЛ» 🚨", "language", "ru",
                "body", "<p>Боевики группировки ИГИЛ атаковали позиции.</p>")).put(article).then().statusCode(201);
        long id = gloss.as(key).body("""
                {"kind":"FOOTNOTE","status":"PUBLISHED","target":{"exact":"ИГИЛ"},"body":{"text":"Запрещена в России."}}
                """).post(article + "/annotations").then().statusCode(201).extract().jsonPath().getLong("id");
        gloss.as(key).body("""
                {"kind":"FOOTNOTE","status":"PUBLISHED","target":{"exact":"ИГИЛ"},"body":{"text":"Организация запрещена в России."}}
                """).put(article + "/annotations/" + id).then().statusCode(200);

        gloss.stop();
        gloss.start();

        gloss.as(key).get(article).then().statusCode(200)
                .body("title", equalTo("Боевики «ИГИЛ» 🚨"))
                .body("text", equalTo("Боевики группировки ИГИЛ атаковали позиции."));
        gloss.as(key).get(article + "/annotations/" + id).then().statusCode(200)
                .body("body.text", equalTo("Организация запрещена в России."))
                .body("target.start", equalTo(20)).body("version", equalTo(1));
        gloss.as(key).get(article + "/annotations/" + id + "/history").then().statusCode(200)
                .body("change", contains("CREATED", "UPDATED"));
    }

    @Test
    void aBrokenTemplateOverrideStopsStartUpNamingFileAndLine() throws Exception {
        Path overrides = gloss.workDir().resolve("overrides");
        Files.createDirectories(overrides.resolve("embed"));
        Files.writeString(overrides.resolve("embed/related.html"), "<aside>\n{link.title}\n{/if}\n</aside>\n");

        Process server = gloss.with("GLOSS_TEMPLATES_DIR", overrides.toString()).launch();

        assertThat(server.waitFor(90, TimeUnit.SECONDS)).as("Gloss refuses to start").isTrue();
        assertThat(server.exitValue()).isNotZero();
        assertThat(gloss.log())
                .contains("Template embed/related.html comes from the override " + overrides.resolve("embed/related.html"))
                .contains("Parser error in template [embed/related.html:3]");
    }
}
