package io.gloss.render;

import static io.gloss.render.EmbedApiTest.article;
import static io.gloss.render.EmbedApiTest.publication;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.gloss.TestApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** An outlet changes wording by overriding a template at run time; what it shows is still escaped. */
@QuarkusTest
@TestProfile(TemplateOverrideApiTest.Overrides.class)
class TemplateOverrideApiTest {

    public static class Overrides implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("gloss-templates");
                Files.createDirectories(dir.resolve("embed"));
                Files.writeString(dir.resolve("embed/related.html"), """
                        <aside class="gloss-related house-style">Read also: <a href="{link.url}">{link.title}</a></aside>
                        """);
                Files.writeString(dir.resolve("embed/blocks.html"), """
                        <section class="gloss-blocks">{#for note in embed.designations}\
                        <p class="gloss-designation">* {note.organizations.size} organisation(s): \
                        {#each note.organizations}{it.name}{#if it_hasNext} / {/if}{/each}, outlawed in Russia.</p>{/for}\
                        {#for link in related}<p class="gloss-related">{link.title}</p>{/for}</section>
                        """);
                return Map.of("gloss.templates.dir", dir.toString(), "test.db-name", "gloss-overrides");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void overriddenWordingIsUsedAndStillEscaped() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "house", "en", "2024-03-01T10:00:00Z", "<p>Daesh struck.</p><p>More.</p>");
        TestApi.annotate(slug, key, "house", """
                {"kind":"RELATED_LINK","status":"PUBLISHED","body":{"url":"https://news.example/b","title":"<b>Bold</b> move","relation":"RELATED","afterParagraph":1}}""");

        Document blocks = Jsoup.parse(given().get("/embed/{slug}/{id}", slug, "house").asString());
        assertThat(blocks.select(".gloss-designation").text())
                .isEqualTo("* 1 organisation(s): Daesh (ISIS, ISIL, IS, Islamic State), outlawed in Russia.");
        assertThat(blocks.select(".gloss-related").text()).isEqualTo("<b>Bold</b> move");
        assertThat(blocks.select(".gloss-related b")).isEmpty();

        Document page = Jsoup.parse(given().get("/embed/{slug}/{id}/page", slug, "house").asString());
        assertThat(page.select("aside.house-style").text()).isEqualTo("Read also: <b>Bold</b> move");
    }
}
