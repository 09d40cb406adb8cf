package io.gloss.render;

import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.render.EmbedApiTest.article;
import static io.gloss.render.EmbedApiTest.blocks;
import static io.gloss.render.EmbedApiTest.designationFootnotes;
import static io.gloss.render.EmbedApiTest.footnotesOf;
import static io.gloss.render.EmbedApiTest.publication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Footnotes for every kind of designation the shipped registry holds: extremist organisations, brands that
 * carry their owner's label, several categories in one article, and names in a language other than the
 * article's.
 */
@QuarkusTest
class FootnoteCategoriesApiTest {

    @Test
    void aBrandCarriesItsOwnersExtremistLabel() {
        assertThat(footnotesOf("en", "2024-03-01T10:00:00Z", "<p>The minister posted the video on Instagram.</p>"))
                .containsExactly("*Instagram belongs to Meta, banned in Russia as extremist.");
        assertThat(footnotesOf("en", "2024-03-01T10:00:00Z", "<p>Clips spread on Instagram and Facebook.</p>"))
                .containsExactly("*Instagram, Facebook belong to Meta, banned in Russia as extremist.");
        assertThat(footnotesOf("ru", "2024-03-01T10:00:00Z", "<p>Министр опубликовал видео в Instagram.</p>"))
                .containsExactly("*Instagram принадлежит компании Meta, признанной экстремистской и запрещённой в России.");
    }

    @Test
    void brandsAreLabelledOnlyOnceTheirOwnerIsBanned() {
        // Meta was banned by the Tverskoy court on 21 March 2022.
        assertThat(footnotesOf("en", "2022-03-20T10:00:00Z", "<p>The minister posted the video on Instagram.</p>")).isEmpty();
        assertThat(footnotesOf("en", "2022-03-21T10:00:00Z", "<p>The minister posted the video on Instagram.</p>")).hasSize(1);
    }

    @Test
    void theFootnoteGroupsOrganisationsByCategory() {
        assertThat(footnotesOf("en", "2024-03-01T10:00:00Z",
                "<p>Daesh claimed the attack; Jehovah's Witnesses and the Anti-Corruption Foundation were in court.</p>"))
                .containsExactly(
                        "*Daesh (ISIS, ISIL, IS, Islamic State) is a terrorist group banned in Russia and many other countries.",
                        "*Jehovah's Witnesses, Anti-Corruption Foundation (FBK) are extremist organisations banned in Russia.");
    }

    @Test
    void aRussianParagraphInAnEnglishArticleIsReadAsRussian() {
        String slug = publication("en", "FIRST");
        String key = editorKey(slug);
        article(slug, key, "mixed", "en", "2024-03-01T10:00:00Z",
                "<p>The statement was read out in Russian:</p><p>«Боевики Исламского государства атаковали посёлок», — сказал он.</p>");
        as(key).get(articlePath(slug, "mixed") + "/compliance").then().statusCode(200)
                .body("items.organization", hasItem("isis"))
                .body("status", equalTo("OK"));
        assertThat(designationFootnotes(blocks(slug, "mixed"))).hasSize(1);
    }

    @Test
    void memberWordsNeedTheLabelToo() {
        assertThat(footnotesOf("ru", "2024-03-01T10:00:00Z", "<p>Игиловцы взяли на себя ответственность.</p>"))
                .singleElement().satisfies(footnote -> assertThat(footnote).contains("террористическая организация"));
        assertThat(footnotesOf("ru", "2024-03-01T10:00:00Z", "<p>Азовцы сдались в плен.</p>")).hasSize(1);
    }
}
