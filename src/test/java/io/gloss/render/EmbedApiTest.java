package io.gloss.render;

import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.asOperator;
import static io.gloss.TestApi.quoted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.gloss.TestApi;
import io.gloss.annotation.Annotation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
class EmbedApiTest {

    private static final String EXACT_FOOTNOTE = "*Daesh (ISIS, ISIL, IS, Islamic State), Tahrir al-Sham, Nusra Front "
            + "are terrorist groups banned in Russia and many other countries.";

    /** A publication of its own: {@code locale}, following RU, with the given marker policy. */
    static String publication(String locale, String markerPolicy) {
        String slug = "emb-" + System.nanoTime() % 1_000_000_000L;
        asOperator().body(Map.of("name", "Outlet " + slug, "locale", locale, "jurisdictions", List.of("RU"),
                "markerPolicy", markerPolicy)).put("/api/publications/{slug}", slug).then().statusCode(201);
        return slug;
    }

    static void article(String slug, String key, String id, String language, String publishedAt, String html) {
        Map<String, Object> article = new HashMap<>(Map.of("title", "Story " + id, "language", language, "body", html,
                "url", "https://news.example/" + slug + "/" + id));
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        as(key).body(article).put(articlePath(slug, id)).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static Document blocks(String slug, String id) {
        return Jsoup.parse(given().get("/embed/{slug}/{id}", slug, id).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString());
    }

    static List<String> designationFootnotes(Document blocks) {
        return blocks.select(".gloss-designation").eachText();
    }

    /** The designation footnotes of an article published in a new publication of this locale. */
    static List<String> footnotesOf(String locale, String publishedAt, String html) {
        String slug = publication(locale, "FIRST");
        article(slug, TestApi.editorKey(slug), "story", locale, publishedAt, html);
        return designationFootnotes(blocks(slug, "story"));
    }

    @Test
    void hostileBodiesNeitherRunNorHideTheLabelAndEveryHtmlOutputCarriesItsPolicy() {
        // As found: a <script> in the body ran on Gloss's origin (no CSP, no nosniff), and a <style> hid
        // the marker and the footnote on /page while compliance answered OK.
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "hostile", "en", "2024-03-01T10:00:00Z", "<p>Daesh claimed the attack.</p>"
                + "<script>document.title='owned'</script><style>.gloss-marker,.gloss-blocks,.gloss-designation{display:none!important}</style>"
                + "<p style=\"display:none\" onmouseover=\"alert(1)\" class=\"gloss-blocks\">Hidden?</p>");
        as(key).get(articlePath(slug, "hostile") + "/compliance").then().body("status", equalTo("OK"));
        for (String output : List.of("", "/body", "/article", "/page")) {
            var response = given().get("/embed/{slug}/hostile" + output, slug).then().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .extract();
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).as(output).contains("default-src 'none'").contains("base-uri 'none'");
            assertThat(policy).as(output).contains(output.equals("/page") ? "script-src 'self'" : "sandbox");
            Document html = Jsoup.parse(response.asString());
            assertThat(html.select("script:not([src])")).as(output).isEmpty();
            assertThat(html.select("[style], [onmouseover]")).as(output).isEmpty();
            assertThat(html.select("style").eachText()).as(output).noneMatch(css -> css.contains("display:none"));
            assertThat(html.select("p:contains(Hidden?)").hasClass("gloss-blocks")).as(output).isFalse();
        }
        Document page = Jsoup.parse(given().get("/embed/{slug}/hostile/page", slug).asString());
        assertThat(page.select(".gloss-designation").text()).startsWith("*Daesh");
        assertThat(given().get("/").header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void draftsLeaveThePublicETagAsItWas() {
        // As found: the public ETag changed on draft activity, telling anyone that unpublished edits were made.
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "drafty", "en", "2024-03-01T10:00:00Z", "<p>Daesh claimed the attack.</p>");
        String before = given().get("/embed/{slug}/drafty/body", slug).then().statusCode(200).extract().header("ETag");
        TestApi.annotate(slug, key, "drafty", """
                {"kind":"FOOTNOTE","status":"DRAFT","target":{"exact":"attack"},"body":{"text":"Not yet."}}""");
        given().get("/embed/{slug}/drafty/body", slug).then().statusCode(200).header("ETag", equalTo(before));
        TestApi.annotate(slug, key, "drafty", """
                {"kind":"FOOTNOTE","status":"PUBLISHED","target":{"exact":"attack"},"body":{"text":"Now."}}""");
        assertThat(given().get("/embed/{slug}/drafty/body", slug).then().statusCode(200).extract().header("ETag")).isNotEqualTo(before);
    }

    @Test
    void theJsonOutputIsSafeToInlineInAScript() throws Exception {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "inline", "en", "2024-03-01T10:00:00Z", "<p>Daesh said </script><script>alert(1)</script> \u2028 & more.</p>");
        String json = given().get("/embed/{slug}/inline.json", slug).then().statusCode(200).extract().asString();
        assertThat(json).doesNotContain("</script").doesNotContain("<").doesNotContain("\u2028").contains("\\u003C");
        // The same JSON to a parser.
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toString()).contains("<p>Daesh").contains("&amp; more");
    }

    @Test
    void organisationsAreNamedInOrderOfFirstMentionInOneFootnote() {
        assertThat(footnotesOf("en", "2024-03-01T10:00:00Z", """
                <p>Daesh claimed the attack on Monday.</p>
                <p>Fighters of Tahrir al-Sham said that \u201Cthe al-Nusra Front\u201D was never dissolved.</p>"""))
                .containsExactly(EXACT_FOOTNOTE);
    }

    @Test
    void oneOrganisationTakesTheSingular() {
        assertThat(footnotesOf("en", "2024-03-01T10:00:00Z", "<p>Daesh claimed the attack.</p>")).containsExactly(
                "*Daesh (ISIS, ISIL, IS, Islamic State) is a terrorist group banned in Russia and many other countries.");
    }

    @Test
    void russianPublicationsReadAsRussianOutletsWrite() {
        assertThat(footnotesOf("ru", "2024-03-01T10:00:00Z",
                "<p>Боевики ИГИЛ и группировки «Хайят Тахрир аш-Шам» атаковали позиции армии.</p>")).containsExactly(
                "*ИГИЛ, Хайят Тахрир аш-Шам — террористические организации, запрещены в России и во многих других странах.");
    }

    @Test
    void labelsFollowTheLawOnTheArticlesDate() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        String html = "<p>The Taliban took the district.</p>";
        article(slug, key, "t-2018", "en", "2018-08-10T08:00:00Z", html);
        article(slug, key, "t-2025", "en", "2025-09-10T08:00:00Z", html);

        // Only Russia lists the Taliban in the starter registry: no "many other countries".
        assertThat(designationFootnotes(blocks(slug, "t-2018")))
                .containsExactly("*Taliban is a terrorist group banned in Russia.");
        assertThat(designationFootnotes(blocks(slug, "t-2025"))).isEmpty();
        assertThat(given().get("/embed/{slug}/{id}/body", slug, "t-2025").asString()).doesNotContain("gloss-marker");
    }

    @Test
    void anEditorsConfirmationLabelsAnOrganisationOutsideItsListing() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        // The Taliban's ban is suspended from 20 May 2025: no label is due, but an editor may still ask for one.
        article(slug, key, "taliban-2025", "en", "2025-09-01T06:30:00Z", "<p>The Taliban took the district.</p>");
        assertThat(designationFootnotes(blocks(slug, "taliban-2025"))).isEmpty();

        TestApi.annotate(slug, key, "taliban-2025", """
                {"kind":"DESIGNATION","status":"PUBLISHED","target":{"exact":"Taliban"},"body":{"organization":"taliban","decision":"CONFIRMED"}}""");
        assertThat(designationFootnotes(blocks(slug, "taliban-2025"))).containsExactly("*Taliban is a terrorist group banned in Russia.");
        String body = given().get("/embed/{slug}/{id}/body", slug, "taliban-2025").asString();
        assertThat(body).contains("Taliban<sup class=\"gloss-marker");
    }

    @Test
    void theRenamedSuccessorIsLabelledBeforeItsOwnListing() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        // Russia listed Tahrir al-Sham by name in 2020; in 2019 it carried the label as the renamed al-Nusra Front.
        article(slug, key, "hts-2019", "en", "2019-05-28T06:30:00Z",
                "<p>Daesh and Tahrir al-Sham, formerly known as the al-Nusra Front, control the zone.</p>");
        assertThat(designationFootnotes(blocks(slug, "hts-2019"))).containsExactly(EXACT_FOOTNOTE);
        String body = given().get("/embed/{slug}/{id}/body", slug, "hts-2019").asString();
        assertThat(body).contains("Tahrir al-Sham<sup class=\"gloss-marker");
    }

    @Test
    void bodyCarriesAMarkerAfterTheFirstMentionOfEachOrganisation() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "first", "en", "2024-03-01T10:00:00Z",
                "<p>Daesh struck. Later <b>Daesh</b> struck again, and <a href=\"https://x.example/\">Tahrir al-Sham</a> fled.</p>");

        String body = given().get("/embed/{slug}/{id}/body", slug, "first").then().statusCode(200).extract().asString();
        Document document = Jsoup.parseBodyFragment(body);
        assertThat(document.select("sup.gloss-marker")).hasSize(2);
        assertThat(body).contains("Daesh<sup class=\"gloss-marker gloss-marker-designation\">");
        assertThat(body).contains("Tahrir al-Sham</a><sup class=\"gloss-marker");
        Element link = document.selectFirst("sup.gloss-marker a");
        assertThat(link.attr("href")).isEqualTo("#gloss-note-d1");
    }

    @Test
    void everyMentionIsMarkedWhenThePublicationAsksForIt() {
        String slug = publication("en", "EVERY");
        String key = TestApi.editorKey(slug);
        article(slug, key, "every", "en", "2024-03-01T10:00:00Z", "<p>Daesh struck. Later Daesh struck again.</p>");

        String body = given().get("/embed/{slug}/{id}/body", slug, "every").asString();
        assertThat(Jsoup.parseBodyFragment(body).select("sup.gloss-marker")).hasSize(2);
    }

    @Test
    void editorFootnotesAreNumberedAndLinkedBothWays() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "notes", "en", "2024-03-01T10:00:00Z",
                "<p>The mayor resigned on Monday. The council met on Tuesday.</p>");
        TestApi.annotate(slug, key, "notes", TestApi.footnote("met on Tuesday", "A closed session."));
        TestApi.annotate(slug, key, "notes", TestApi.footnote("resigned on Monday", "Announced at <b>noon</b>."));

        Document body = Jsoup.parseBodyFragment(given().get("/embed/{slug}/{id}/body", slug, "notes").asString());
        assertThat(body.select("sup.gloss-marker-note").eachText()).containsExactly("1", "2");
        Document blocks = blocks(slug, "notes");
        // The list numbers the notes; the way back is an arrow after the note, not the number again.
        assertThat(blocks.select("li.gloss-note").eachText())
                .containsExactly("Announced at noon. ↩", "A closed session. ↩");
        assertThat(blocks.select("li.gloss-note").eachAttr("value")).containsExactly("1", "2");
        assertThat(blocks.select("li.gloss-note b").text()).isEqualTo("noon");
        String firstMarker = body.selectFirst("sup.gloss-marker-note a").id();
        assertThat(blocks.selectFirst("#gloss-note-1 a.gloss-backref").attr("href")).isEqualTo("#" + firstMarker);
    }

    @Test
    void sourcesAndRelatedLinksFormTheirBlocks() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "blocks", "en", "2024-03-01T10:00:00Z", "<p>First paragraph.</p><p>Second.</p><p>Third.</p>");
        TestApi.annotate(slug, key, "blocks", """
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Sputnik","url":"https://sputnik.example/a","type":"NEWS_AGENCY"}}""");
        TestApi.annotate(slug, key, "blocks", """
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Own reporting","type":"OWN_REPORTING"}}""");
        TestApi.annotate(slug, key, "blocks", """
                {"kind":"RELATED_LINK","status":"PUBLISHED","body":{"url":"https://news.example/b","title":"Background","relation":"BACKGROUND","afterParagraph":1}}""");
        TestApi.annotate(slug, key, "blocks", """
                {"kind":"RELATED_LINK","status":"PUBLISHED","body":{"url":"https://news.example/c","title":"At the end","relation":"RELATED"}}""");

        Document blocks = blocks(slug, "blocks");
        assertThat(blocks.select(".gloss-sources").text()).isEqualTo("Sources: Sputnik, Own reporting");
        Element source = blocks.selectFirst(".gloss-sources a");
        assertThat(source.attr("href")).isEqualTo("https://sputnik.example/a");
        assertThat(source.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(blocks.select("li.gloss-related").eachAttr("data-after-paragraph")).containsExactly("1");
        assertThat(blocks.select("li.gloss-related").eachText())
                .containsExactly("Background: Background", "Related: At the end");

        Response page = given().get("/embed/{slug}/{id}/page", slug, "blocks");
        page.then().statusCode(200).header("Content-Security-Policy", containsString("script-src 'self'"));
        Document document = Jsoup.parse(page.asString());
        Element between = document.selectFirst(".gloss-body p + aside.gloss-related");
        assertThat(between.text()).isEqualTo("Background: Background");
        assertThat(between.previousElementSibling().text()).isEqualTo("First paragraph.");
        assertThat(document.select(".gloss-blocks li.gloss-related").eachText()).containsExactly("Related: At the end");
        assertThat(document.selectFirst("link[type=application/json+oembed]").attr("href"))
                .contains("/oembed?format=json&url=https%3A%2F%2Fnews.example%2F");
        assertThat(document.selectFirst("script[src]").attr("src")).isEqualTo("/gloss/resize.js");
        given().get("/gloss/resize.js").then().statusCode(200).body(containsString("postMessage"));

        // What a CMS shows in place of the post: the same placement, as a fragment.
        Document article = Jsoup.parseBodyFragment(given().get("/embed/{slug}/{id}/article", slug, "blocks").then()
                .statusCode(200).contentType(startsWith("text/html")).extract().asString());
        Element placed = article.selectFirst("p + aside.gloss-related");
        assertThat(placed.text()).isEqualTo("Background: Background");
        assertThat(placed.previousElementSibling().text()).isEqualTo("First paragraph.");
        assertThat(article.select(".gloss-blocks li.gloss-related").eachText()).containsExactly("Related: At the end");
        assertThat(article.select(".gloss-blocks .gloss-sources").text()).isEqualTo("Sources: Sputnik, Own reporting");
    }

    @Test
    void jsonCarriesTheContentAndSchemaOrgJsonLd() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "data", "en", "2024-03-01T10:00:00Z", "<p>Daesh claimed the attack.</p>");
        TestApi.annotate(slug, key, "data", """
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Reuters","url":"https://reuters.example/x","type":"NEWS_AGENCY"}}""");

        given().get("/embed/{slug}/{id}.json", slug, "data").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("article.externalId", equalTo("data"))
                .body("body", containsString("gloss-marker"))
                .body("designations[0].text", startsWith("Daesh (ISIS, ISIL, IS, Islamic State) is a terrorist group"))
                .body("designations[0].organizations[0].slug", equalTo("isis"))
                .body("sources[0].name", equalTo("Reuters"))
                .body("jsonLd.'@context'", equalTo("https://schema.org"))
                .body("jsonLd.'@type'", equalTo("NewsArticle"))
                .body("jsonLd.isBasedOn[0].url", equalTo("https://reuters.example/x"))
                .body("jsonLd.citation[0].name", equalTo("Reuters"))
                .body("jsonLd.mentions[0].'@type'", equalTo("Organization"))
                .body("jsonLd.mentions[0].name", equalTo("Daesh (ISIS, ISIL, IS, Islamic State)"));
    }

    @Test
    void oembedDescribesThePublishedArticleAtAUrl() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "oe", "en", "2024-03-01T10:00:00Z", "<p>Text.</p>");
        String url = "https://news.example/" + slug + "/oe";

        given().queryParam("url", url).queryParam("format", "json").queryParam("maxwidth", 500).get("/oembed").then()
                .statusCode(200)
                .body("version", equalTo("1.0")).body("type", equalTo("rich")).body("width", equalTo(500))
                .body("title", equalTo("Story oe"))
                .body("html", containsString("/embed/" + slug + "/oe/page\""))
                .body("html", startsWith("<iframe"));
        // Without gloss.public-url (as in tests) a forged Host header becomes the address: never for a shared cache.
        given().header("Host", "evil.example").queryParam("url", url).get("/oembed").then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("Vary", containsString("Host"));
        // A Gloss embed address works too: a CMS with Gloss as oEmbed provider embeds a pasted link.
        given().queryParam("url", RestAssured.baseURI + ":" + RestAssured.port + "/embed/" + slug + "/oe/page").get("/oembed")
                .then().statusCode(200).body("title", equalTo("Story oe"));
        given().queryParam("url", url).queryParam("format", "xml").get("/oembed").then().statusCode(501)
                .contentType("application/problem+json");
        given().queryParam("url", "https://news.example/nothing-here").get("/oembed").then().statusCode(404);
        given().get("/oembed").then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    @Test
    void nothingIsPublicBeforePublicationTimeButEditorsCanPreview() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "soon", "en", "2099-01-01T00:00:00Z", "<p>Daesh claimed it.</p>");
        article(slug, key, "undated", "en", null, "<p>Daesh claimed it.</p>");
        TestApi.annotate(slug, key, "soon", """
                {"kind":"FOOTNOTE","status":"DRAFT","body":{"text":"Draft note"}}""");

        for (String path : List.of("/embed/{slug}/{id}", "/embed/{slug}/{id}/body", "/embed/{slug}/{id}/page",
                "/embed/{slug}/{id}.json")) {
            given().get(path, slug, "soon").then().statusCode(404).contentType("application/problem+json");
            given().get(path, slug, "undated").then().statusCode(404);
            given().get(path, slug, "no-such-article").then().statusCode(404);
        }
        given().queryParam("url", "https://news.example/" + slug + "/soon").get("/oembed").then().statusCode(404);

        as(key).queryParam("preview", "true").get("/embed/{slug}/{id}", slug, "soon").then().statusCode(200)
                .header("Cache-Control", "private, no-store").body(containsString("Draft note"));
        given().queryParam("preview", "true").get("/embed/{slug}/{id}", slug, "soon").then().statusCode(401);
        as(TestApi.editorKey(TestApi.newPublication())).queryParam("preview", "true")
                .get("/embed/{slug}/{id}", slug, "soon").then().statusCode(404);
        as(key).queryParam("preview", "maybe").get("/embed/{slug}/{id}", slug, "soon").then().statusCode(400);
    }

    @Test
    void draftsStayOutOfPublicOutputs() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "draft", "en", "2024-03-01T10:00:00Z", "<p>Text.</p>");
        TestApi.annotate(slug, key, "draft", """
                {"kind":"FOOTNOTE","status":"DRAFT","body":{"text":"Not yet"}}""");

        assertThat(given().get("/embed/{slug}/{id}", slug, "draft").asString()).doesNotContain("Not yet");
        assertThat(as(key).queryParam("preview", "true").get("/embed/{slug}/{id}", slug, "draft").asString())
                .contains("Not yet");
    }

    @Test
    void rendersCarryAStrongEtagAndCdnHeaders() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "etag", "en", "2024-03-01T10:00:00Z", "<p>Daesh claimed it.</p>");

        Response first = given().get("/embed/{slug}/{id}", slug, "etag");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.header("Cache-Control")).contains("public").contains("stale-while-revalidate");
        assertThat(first.header("Surrogate-Key")).contains("gloss-" + slug + "/etag");
        given().header("If-None-Match", etag).get("/embed/{slug}/{id}", slug, "etag").then().statusCode(304);
        assertThat(given().get("/embed/{slug}/{id}/body", slug, "etag").header("ETag")).isNotEqualTo(etag);

        TestApi.annotate(slug, key, "etag", """
                {"kind":"FOOTNOTE","status":"PUBLISHED","body":{"text":"New note"}}""");
        Response after = given().header("If-None-Match", etag).get("/embed/{slug}/{id}", slug, "etag");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        assertThat(after.asString()).contains("New note");
    }

    @Test
    void aChangeCommittedByAnotherNodeIsServedOnceTheCacheRevalidates() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "nodes", "en", "2024-03-01T10:00:00Z", "<p>Text.</p>");
        long id = TestApi.annotate(slug, key, "nodes", """
                {"kind":"FOOTNOTE","status":"PUBLISHED","body":{"text":"Before"}}""");
        assertThat(given().get("/embed/{slug}/{id}", slug, "nodes").asString()).contains("Before");

        // Another node writes to the shared database; this node hears nothing of it.
        QuarkusTransaction.requiringNew().run(() -> Annotation.update(
                "body = ?1, version = version + 1 where id = ?2", "{\"text\":\"After\"}", id));

        // %test sets gloss.render.revalidate-after=0S: every request is past the bound.
        assertThat(given().get("/embed/{slug}/{id}", slug, "nodes").asString()).contains("After").doesNotContain("Before");
    }

    @Test
    void hostileStringsAreShownAsTextNeverAsMarkup() {
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        String script = "<script>alert(1)</script>";
        String breakout = "\"><img src=x onerror=alert(1)>";
        String controls = "\u202Eevil\u200B\u0007";
        Map<String, Object> article = Map.of("title", script + breakout + controls, "language", "en",
                "url", "https://news.example/" + slug + "/hostile?q=%22%3E%3Cscript%3E", "publishedAt", "2024-03-01T10:00:00Z",
                "body", "<p>Daesh claimed it.</p>");
        as(key).body(article).put(articlePath(slug, "hostile")).then().statusCode(201);
        for (String text : List.of(script, breakout, controls,
                "<a href=\"javascript:alert(1)\">x</a><b onclick=\"alert(1)\">bold</b><img src=x onerror=alert(1)>")) {
            TestApi.annotate(slug, key, "hostile", TestApi.footnote("Daesh", text));
            TestApi.annotate(slug, key, "hostile", """
                    {"kind":"SOURCE","status":"PUBLISHED","body":{"name":%s,"type":"OWN_REPORTING"}}""".formatted(quoted(text)));
            TestApi.annotate(slug, key, "hostile", """
                    {"kind":"RELATED_LINK","status":"PUBLISHED","body":{"url":"https://news.example/r","title":%s,"relation":"RELATED"}}"""
                    .formatted(quoted(text)));
        }
        for (String url : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", " javascript:x")) {
            as(key).body("""
                    {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"x","url":%s,"type":"OWN_REPORTING"}}""".formatted(quoted(url)))
                    .post(articlePath(slug, "hostile") + "/annotations").then().statusCode(422);
        }

        for (String path : List.of("/embed/{slug}/{id}", "/embed/{slug}/{id}/body", "/embed/{slug}/{id}/page")) {
            String html = given().get(path, slug, "hostile").then().statusCode(200).extract().asString();
            Document document = Jsoup.parse(html);
            assertThat(document.select("script:not([src])")).as(path).isEmpty();
            assertThat(document.select("[onerror], [onclick]")).as(path).isEmpty();
            assertThat(document.select("a[href^=javascript], img[src=x]")).as(path).isEmpty();
            assertThat(html).as(path).doesNotContain("<script>alert");
        }
        Document blocks = blocks(slug, "hostile");
        // Plain fields show hostile strings as text; footnotes keep only their safe inline subset.
        assertThat(blocks.select(".gloss-sources").text()).contains(script, breakout);
        assertThat(blocks.select("li.gloss-related").eachText()).contains("Related: " + script, "Related: " + breakout);
        assertThat(blocks.select("li.gloss-note").eachText()).contains("↩", "\"> ↩");
        assertThat(blocks.select("li.gloss-note a:not(.gloss-backref)")).hasSize(1);
        assertThat(blocks.select("li.gloss-note a[href]:not(.gloss-backref)")).isEmpty();
        assertThat(blocks.select("li.gloss-note b").text()).isEqualTo("bold");
        given().get("/embed/{slug}/{id}.json", slug, "hostile").then().statusCode(200)
                // A title loses the direction override and the zero-width space (InvisibleCharacters).
                .body("article.title", equalTo(script + breakout + "evil\u0007"));
        given().queryParam("url", "https://news.example/" + slug + "/hostile?q=%22%3E%3Cscript%3E").get("/oembed").then()
                .statusCode(200).body("html", containsString("title=\"&lt;script&gt;"));
    }

    @Test
    void registryLabelsAreEscapedToo() {
        String org = "hostile-" + System.nanoTime() % 1_000_000L;
        asOperator().body("""
                {"canonicalName":"Zorblax Front","names":[{"value":"Zorblax Front","kind":"PRIMARY","language":"en"}],
                 "labels":{"en":"<img src=x onerror=alert(1)>"},
                 "designations":[{"jurisdiction":"RU","category":"TERRORIST","listedOn":"2010-01-01"}]}""")
                .put("/api/registry/organizations/{slug}", org).then().statusCode(201);
        String slug = publication("en", "FIRST");
        String key = TestApi.editorKey(slug);
        article(slug, key, "label", "en", "2024-03-01T10:00:00Z", "<p>The Zorblax Front struck.</p>");

        Document blocks = blocks(slug, "label");
        assertThat(designationFootnotes(blocks)).containsExactly(
                "*<img src=x onerror=alert(1)> is a terrorist group banned in Russia.");
        assertThat(blocks.select("img")).isEmpty();
    }

    @Test
    void landingPageLinksTheApiDocs() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("/q/swagger-ui"));
    }
}
