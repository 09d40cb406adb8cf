package io.gloss.http;

import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.quoted;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Any Unicode text comes back exactly as it was sent, and offsets count code points. */
@QuarkusTest
class UnicodeRoundTripTest {

    private static final String EMOJI = "\uD83D\uDEA8\uD83C\uDDF7\uD83C\uDDFA"; // siren, flag RU (regional indicators)
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // ZWJ sequence
    private static final String ARABIC = "\u062F\u0627\u0639\u0634"; // Daesh in Arabic (right-to-left)
    private static final String HEBREW_WITH_MARKS = "\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD";
    private static final String COMBINING = "Cafe\u0301 Ame\u0301lie"; // decomposed accents, not normalised
    private static final String INVISIBLE = "zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFF";
    private static final String RTL_CONTROLS = "\u202Eevil\u202C \u2067isolate\u2069";

    @Test
    void everyFieldRoundTripsExactly() {
        String slug = newPublication();
        String key = editorKey(slug);
        String title = EMOJI + " " + ARABIC + " " + COMBINING;
        String paragraph = EMOJI + " " + FAMILY + " " + ARABIC + " " + HEBREW_WITH_MARKS + " " + COMBINING + " "
                + INVISIBLE + " " + RTL_CONTROLS + " Дайджест «ИГИЛ»* — ёлка";
        String html = "<p>" + paragraph + "</p>";

        as(key).body(Map.of("title", title, "section", ARABIC, "language", "ru", "body", html))
                .put(articlePath(slug, "юникод-" + ARABIC)).then().statusCode(201);
        as(key).get(articlePath(slug, "юникод-" + ARABIC)).then().statusCode(200)
                .body("externalId", equalTo("юникод-" + ARABIC))
                .body("title", equalTo(title)).body("section", equalTo(ARABIC))
                .body("body", equalTo(html)).body("text", equalTo(paragraph));

        String note = FAMILY + " " + RTL_CONTROLS + " " + COMBINING + " " + INVISIBLE;
        int start = paragraph.codePointCount(0, paragraph.indexOf(ARABIC));
        as(key).body("""
                {"kind":"FOOTNOTE","target":{"exact":%s},"body":{"text":%s}}
                """.formatted(quoted(ARABIC), quoted(note)))
                .post(articlePath(slug, "юникод-" + ARABIC) + "/annotations").then().statusCode(201)
                .body("body.text", equalTo(note))
                .body("target.exact", equalTo(ARABIC))
                // siren (1) + flag (2 regional indicators) + space + family (5 code points) + space
                .body("target.start", equalTo(start))
                .body("target.start", equalTo(3 + 1 + 5 + 1))
                .body("target.end", equalTo(start + 4))
                .body("target.prefix", equalTo(EMOJI + " " + FAMILY + " "));
    }

    /**
     * As found: bidi overrides and zero-width characters passed through titles, names and addresses. In a
     * single line they turn or split what follows for the reader; a title or a name loses them (a CMS
     * push is never refused for them), an address with one is refused.
     */
    @Test
    void titlesAndNamesLoseDirectionControlsAndAddressesWithThemAreRefused() {
        String slug = newPublication();
        String key = editorKey(slug);
        as(key).body(Map.of("title", "\u202EKabul\u202C talks\u200B \u2067resume\u2069", "section", "Wor\u200Bld",
                "language", "en", "body", "<p>Talks resumed.</p>"))
                .put(articlePath(slug, "talks")).then().statusCode(201)
                .body("title", equalTo("Kabul talks resume")).body("section", equalTo("World"));
        as(key).body("""
                {"kind":"SOURCE","body":{"name":"Reu\u202Eters","type":"NEWS_AGENCY"}}
                """).post(articlePath(slug, "talks") + "/annotations").then().statusCode(201)
                .body("body.name", equalTo("Reuters"));
        as(key).body("""
                {"kind":"RELATED_LINK","body":{"url":"https://example.com/a","title":"\u2066Earlier\u2069 talks","relation":"BACKGROUND"}}
                """).post(articlePath(slug, "talks") + "/annotations").then().statusCode(201)
                .body("body.title", equalTo("Earlier talks"));

        for (String url : new String[] { "https://example.com/\u202Egpj.exe", "https://exa\u200Bmple.com/", "https://example.com/\uFEFF" }) {
            as(key).body(Map.of("title", "Talks", "url", url, "language", "en", "body", "<p>Talks resumed.</p>"))
                    .put(articlePath(slug, "talks")).then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("url"));
        }
        as(key).get(articlePath(slug, "talks")).then().body("title", equalTo("Kabul talks resume"));
    }
}
