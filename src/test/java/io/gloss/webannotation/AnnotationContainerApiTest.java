package io.gloss.webannotation;

import static io.gloss.TestApi.annotate;
import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.footnote;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.gloss.TestApi;
import io.gloss.access.CorsFilters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An article's annotations by the W3C Web Annotation Protocol: the container, its pages (two
 * annotations a page in tests), the annotations, and writes that are writes of Gloss's own API.
 */
@QuarkusTest
class AnnotationContainerApiTest {

    private static final String STORY = "<p>MOSCOW, 28 May – The reconciliation centre said militants shelled two villages.</p>"
            + "<p>The attacks were carried out by groups allied with Daesh and Tahrir al-Sham.</p>";
    private static final String ANNO = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    private static final String CMS = "https://cms.daily.example";

    private String slug;
    private String key;
    private String container;

    @BeforeEach
    void article() {
        slug = newPublication();
        key = editorKey(slug);
        putArticle(slug, key, "idlib", STORY);
        container = "/annotations/" + slug + "/idlib/";
    }

    private static RequestSpecification reader() {
        return given().accept(ANNO);
    }

    private RequestSpecification editor() {
        return as(key).accept(ANNO).contentType("application/ld+json");
    }

    private void published(int count) {
        for (int i = 0; i < count; i++) {
            annotate(slug, key, "idlib", footnote(i % 2 == 0 ? "two villages" : "Daesh", "Note " + i + "."));
        }
    }

    @Test
    void theContainerIsABasicContainerAndAnnotationCollectionWithTheProtocolsHeaders() {
        published(3);
        ExtractableResponse<Response> answer = reader().get(container).then().statusCode(200)
                .contentType(ANNO)
                .header("Allow", "POST, GET, OPTIONS, HEAD")
                .header("Accept-Post", ANNO)
                .header("Vary", containsString("Accept"))
                .header("ETag", startsWith("\""))
                .body("type", contains("BasicContainer", "AnnotationCollection"))
                .body("total", equalTo(3))
                .body("label", equalTo("Annotations of Title of idlib"))
                .extract();
        assertThat(answer.headers().getValues("Link")).containsExactlyInAnyOrder(
                "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\"",
                "<http://www.w3.org/TR/annotation-protocol/>; rel=\"http://www.w3.org/ns/ldp#constrainedBy\"");
        String id = answer.path("id");
        assertThat(id).endsWith(container);
        assertThat(answer.header("Content-Location")).isEqualTo(id);
        assertThat(answer.<String>path("first")).isEqualTo(id + "?page=0");
        assertThat(answer.<String>path("last")).isEqualTo(id + "?page=1");
        assertThat(answer.<List<String>>path("@context")).contains("http://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/ldp.jsonld");

        reader().header("If-None-Match", answer.header("ETag")).get(container).then().statusCode(304);
        reader().head(container).then().statusCode(200).header("ETag", answer.header("ETag")).header("Allow", containsString("HEAD"));
        reader().options(container).then().statusCode(200).header("Allow", "POST, GET, OPTIONS, HEAD");
    }

    @Test
    void pagesLinkToEachOtherAndToTheirContainer() {
        published(5);
        String id = reader().get(container).then().extract().path("id");
        reader().get(container + "?page=0").then().statusCode(200).contentType(ANNO)
                .body("type", equalTo("AnnotationPage"))
                .body("id", equalTo(id + "?page=0"))
                .body("partOf.id", equalTo(id)).body("partOf.total", equalTo(5))
                .body("startIndex", equalTo(0))
                .body("next", equalTo(id + "?page=1")).body("$", not(hasKey("prev")))
                .body("items", hasSize(2))
                .body("items.type", everyItem(equalTo("Annotation")))
                .body("items[0]", not(hasKey("@context")))
                .body("items[0].body.value", equalTo("Note 0."));
        reader().get(container + "?page=1").then().body("prev", equalTo(id + "?page=0")).body("next", equalTo(id + "?page=2"))
                .body("startIndex", equalTo(2));
        reader().get(container + "?page=2").then().body("items", hasSize(1)).body("$", not(hasKey("next")))
                .body("prev", equalTo(id + "?page=1"));
        reader().get(container + "?page=3").then().statusCode(404).contentType("application/problem+json");
        reader().get(container + "?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        reader().get(container + "?iris=2").then().statusCode(400).body("errors[0].field", equalTo("iris"));
    }

    @Test
    void preferPicksMinimalIrisOrDescriptionsAndContentLocationSaysWhich() {
        published(3);
        String plain = reader().get(container).then().extract().path("id");
        ExtractableResponse<Response> iris = reader().header("Prefer", "return=representation;include=\"" + ContainerPreference.IRIS + "\"")
                .get(container).then().statusCode(200).header("Vary", containsString("Prefer")).extract();
        assertThat(iris.<String>path("id")).isEqualTo(plain + "?iris=1").isEqualTo(iris.header("Content-Location"));
        assertThat(iris.<String>path("first.id")).isEqualTo(plain + "?iris=1&page=0");
        assertThat(iris.<List<String>>path("first.items")).hasSize(2).allSatisfy(item -> assertThat(item).startsWith(plain));
        assertThat(iris.<String>path("first.next")).isEqualTo(plain + "?iris=1&page=1");
        assertThat(iris.<String>path("last")).isEqualTo(plain + "?iris=1&page=1");
        // The address a description names answers as it says.
        reader().get(container + "?iris=1&page=1").then().body("items", hasSize(1)).body("items[0]", startsWith(plain))
                .body("partOf.id", equalTo(plain + "?iris=1"));

        reader().header("Prefer", "return=representation; include=\"" + ContainerPreference.DESCRIPTIONS + "\"").get(container).then()
                .body("id", equalTo(plain + "?iris=0")).body("first.items[0].type", equalTo("Annotation"))
                .header("Content-Location", plain + "?iris=0");
        reader().header("Prefer", "return=representation;include=\"" + ContainerPreference.MINIMAL + " " + ContainerPreference.IRIS + "\"")
                .get(container).then().body("id", equalTo(plain + "?iris=1")).body("first", equalTo(plain + "?iris=1&page=0"));
    }

    @Test
    void theOneRepresentationIsJsonLdWithTheAnnotationProfile() {
        published(1);
        given().get(container).then().statusCode(200).contentType(ANNO);
        given().accept("application/ld+json").get(container).then().statusCode(200).contentType(ANNO);
        given().accept("text/turtle").get(container).then().statusCode(406).contentType("application/problem+json");
        given().accept("application/ld+json; profile=\"http://www.w3.org/ns/activitystreams\"").get(container).then().statusCode(406);
        given().accept("text/turtle, application/ld+json;q=0.5").get(container).then().statusCode(200);
    }

    @Test
    void readersSeePublishedAnnotationsOfPublishedArticlesOnly() {
        published(1);
        long draft = annotate(slug, key, "idlib", """
                {"kind":"FOOTNOTE","target":{"exact":"Tahrir al-Sham"},"body":{"text":"Draft note."}}""");
        reader().get(container).then().body("total", equalTo(1)).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", CorsFilters.EXPOSED);
        reader().get(container + draft).then().statusCode(404);
        editor().get(container).then().body("total", equalTo(2)).header("Cache-Control", "private, no-store")
                .header("Access-Control-Allow-Origin", nullValue());
        editor().get(container + draft).then().statusCode(200).body("'gloss:status'", equalTo("DRAFT"));

        as(key).body(Map.of("title", "Tomorrow", "language", "en", "body", "<p>Not yet.</p>", "publishedAt", "2099-01-01T00:00:00Z"))
                .put(articlePath(slug, "tomorrow")).then().statusCode(201);
        reader().get("/annotations/" + slug + "/tomorrow/").then().statusCode(404);
        editor().get("/annotations/" + slug + "/tomorrow/").then().statusCode(200).body("total", equalTo(0))
                .body("$", not(hasKey("first")));
        // Another publication's key sees nothing of it.
        as(editorKey(newPublication())).get(container).then().statusCode(404);
    }

    @Test
    void anAnnotationHasItsOwnHeadersAndIsTheSameAsInGlossApi() {
        published(1);
        String id = reader().get(container + "?page=0").then().extract().path("items[0].id");
        ExtractableResponse<Response> answer = given().get(id).then().statusCode(200).contentType(ANNO)
                .header("Link", "<http://www.w3.org/ns/ldp#Resource>; rel=\"type\"")
                .header("Allow", "PUT, GET, OPTIONS, HEAD, DELETE")
                .header("Vary", containsString("Accept"))
                .body("motivation", equalTo("commenting"))
                .body("target.selector[0].exact", equalTo("two villages"))
                .extract();
        long glossId = Long.parseLong(id.substring(id.lastIndexOf('/') + 1));
        as(key).get(articlePath(slug, "idlib") + "/annotations/" + glossId).then()
                .header("ETag", answer.header("ETag")).body("body.text", equalTo("Note 0."));
        given().head(id).then().statusCode(200).header("ETag", answer.header("ETag"));
        given().options(id).then().statusCode(200).header("Allow", containsString("DELETE"));
        given().header("If-None-Match", answer.header("ETag")).get(id).then().statusCode(304);
    }

    @Test
    void postCreatesWithTheContainersIriKeepsCanonicalAndTheSentIdAsVia() {
        String sent = """
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","id":"https://elsewhere.example/anno/7",
                 "body":{"type":"TextualBody","value":"Kafr Nabuda and Qalaat al-Madiq."},
                 "target":{"source":"%s","selector":{"type":"TextQuoteSelector","exact":"two villages"}},
                 "canonical":"urn:uuid:5b3c4f42-9f73-4b53-a9f4-2e8d3b2f3a10"}
                """;
        ExtractableResponse<Response> created = editor().body(sent.formatted(articleAddress())).post(container).then().statusCode(201)
                .contentType(ANNO)
                .body("canonical", equalTo("urn:uuid:5b3c4f42-9f73-4b53-a9f4-2e8d3b2f3a10"))
                .body("via", equalTo("https://elsewhere.example/anno/7"))
                .body("'gloss:status'", equalTo("DRAFT")).body("'gloss:anchor'", equalTo("ANCHORED"))
                .body("target.selector[1].type", equalTo("TextPositionSelector"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo(id);
        assertThat(id).contains(container);

        // The same annotation in Gloss's API, its ETag the same concurrency token.
        long glossId = Long.parseLong(id.substring(id.lastIndexOf('/') + 1));
        as(key).get(articlePath(slug, "idlib") + "/annotations/" + glossId).then().statusCode(200)
                .body("kind", equalTo("FOOTNOTE")).body("canonical", equalTo("urn:uuid:5b3c4f42-9f73-4b53-a9f4-2e8d3b2f3a10"))
                .header("ETag", created.header("ETag"));

        given().accept(ANNO).contentType("application/ld+json").body(sent.formatted(articleAddress())).post(container).then().statusCode(401);
    }

    @Test
    void putReplacesUnderIfMatchAndDeleteAnswers204() {
        String created = editor().body("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","bodyValue":"I like this page!",
                 "target":"http://www.example.com/index.html"}""").post(container).then().statusCode(201).extract().asString();
        String id = io.restassured.path.json.JsonPath.from(created).getString("id");
        String etag = editor().get(id).then().extract().header("ETag");
        String moved = created.replace("http://www.example.com/index.html", "http://other.example/");

        editor().header("If-Match", etag).body(moved).put(id).then().statusCode(200)
                .body("target", equalTo("http://other.example/")).header("ETag", not(etag));
        editor().header("If-Match", etag).body(created).put(id).then().statusCode(412);
        editor().get(id).then().body("target", equalTo("http://other.example/"));
        editor().body(moved.replace(id, id + "0")).put(id).then().statusCode(422).body("errors[0].field", equalTo("id"));
        // Without If-Match a replacement goes through, as in Gloss's API.
        editor().body(moved).put(id).then().statusCode(200);

        editor().delete(id).then().statusCode(204);
        editor().get(id).then().statusCode(404);
    }

    @Test
    void anAnnotationOfAnotherResourceIsKeptButNeverShownInTheArticle() {
        editor().body("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","bodyValue":"About the source document.",
                 "target":"https://source.example/report.pdf","gloss:status":"PUBLISHED"}""").post(container).then().statusCode(201);
        reader().get(container + "?page=0").then().body("items[0].target", equalTo("https://source.example/report.pdf"));
        given().get("/embed/{slug}/idlib/page", slug).then().statusCode(200).body(not(containsString("About the source document.")));
        as(key).get(articlePath(slug, "idlib") + "/annotations").then()
                .body("[0].targetSource", equalTo("https://source.example/report.pdf"));
        // A passage is found in the article's text only, and a designation is about a mention in it.
        editor().body("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","bodyValue":"x",
                 "target":{"source":"https://source.example/report.pdf","selector":{"type":"TextQuoteSelector","exact":"Daesh"}}}""")
                .post(container).then().statusCode(422).body("errors[0].field", equalTo("targetSource"));
    }

    @Test
    void badAnnotationsAreProblemsNamingTheFieldAndChangeNothing() {
        published(1);
        String id = reader().get(container + "?page=0").then().extract().path("items[0].id");
        String before = editor().get(id).then().extract().asString();
        editor().body("{not json").put(id).then().statusCode(400).contentType("application/problem+json");
        editor().body("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","bodyValue":"x","target":"%s",
                 "rights":"https://creativecommons.org/licenses/by/4.0/"}""".formatted(id)).put(id).then()
                .statusCode(422).body("errors[0].field", equalTo("rights"));
        editor().body("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","bodyValue":"x",
                 "target":{"source":"http://localhost/","selector":{"type":"TextQuoteSelector","exact":"Daesh"}}}""").put(id).then()
                .statusCode(422).body("errors[0].field", equalTo("targetSource"));
        String article = articleAddress();
        editor().body("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","bodyValue":"x",
                 "target":{"source":"%s","selector":{"type":"TextQuoteSelector","exact":"Moscow has no such words"}}}""".formatted(article))
                .put(id).then().statusCode(422).body("errors[0].field", equalTo("target.exact"));
        editor().body("""
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","motivation":"identifying",
                 "body":{"type":"TextualBody","value":"no-such-group","gloss:organization":"no-such-group","gloss:decision":"CONFIRMED"},
                 "target":"%s"}""".formatted(article)).post(container).then()
                .statusCode(422).body("errors[0].field", equalTo("body.organization"));
        editor().contentType("text/plain").body("x").post(container).then().statusCode(415);
        assertThat(editor().get(id).then().extract().asString()).isEqualTo(before);
    }

    @Test
    void theEmbedPageAndItsJsonNameTheContainer() {
        String link = "<" + container + ">; rel=\"http://www.w3.org/ns/oa#annotationService\"";
        given().get("/embed/{slug}/idlib/page", slug).then().statusCode(200).header("Link", link);
        given().get("/embed/{slug}/idlib.json", slug).then().statusCode(200).header("Link", link);
    }

    @Test
    void aListedCmsOriginMayWriteFromTheBrowser() {
        TestApi.asOperator().body(Map.of("name", "Daily", "locale", "en", "jurisdictions", List.of("RU"), "allowedOrigins", List.of(CMS)))
                .put("/api/publications/{slug}", slug).then().statusCode(200);
        given().header("Origin", CMS).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, prefer").options(container).then()
                .statusCode(204).header("Access-Control-Allow-Origin", CMS)
                .header("Access-Control-Allow-Headers", containsString("Prefer"))
                .header("Access-Control-Allow-Methods", containsString("OPTIONS"));
        editor().header("Origin", CMS).get(container).then().statusCode(200).header("Access-Control-Allow-Origin", CMS)
                .header("Access-Control-Expose-Headers", CorsFilters.EXPOSED);
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").options(container).then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    /** The article has no URL of its own, so its Gloss page stands for it. */
    private String articleAddress() {
        return "http://localhost:" + io.restassured.RestAssured.port + "/embed/" + slug + "/idlib/page";
    }
}
