package io.gloss.webannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.http.Problem;
import io.gloss.http.ProblemException;

/** A Web Annotation as a request of Gloss's API: what is kept, and what is refused rather than lost. */
class WebAnnotationReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "https://daily.example/2019/05/idlib";
    private static final Set<String> OWN = Set.of(ARTICLE, "https://gloss.example/annotations/daily/idlib/");

    private static JsonNode read(String annotation) {
        try {
            return WebAnnotationReader.read(JSON.readTree(annotation), OWN, true);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String annotation(String rest) {
        return "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\"," + rest + "}";
    }

    private static Problem.FieldError refusal(String annotation) {
        ProblemException refused = (ProblemException) org.assertj.core.api.Assertions.catchThrowable(() -> read(annotation));
        assertThat(refused).as("refused: " + annotation).isNotNull();
        return refused.problem().errors().get(0);
    }

    @Test
    void aTextualBodyOnAPassageIsAFootnoteAnchoredByItsSelectors() {
        JsonNode request = read(annotation("""
                "motivation":"commenting","body":{"type":"TextualBody","value":"Kafr Nabuda.","format":"text/plain"},
                "target":{"type":"SpecificResource","source":"%s","selector":[
                  {"type":"TextQuoteSelector","exact":"two villages","prefix":"shelled ","suffix":"."},
                  {"type":"TextPositionSelector","start":60,"end":72}]},
                "canonical":"urn:uuid:0d8a3d9a-1111-4f5e-9f3b-3a2b1c0d9e8f","id":"https://elsewhere.example/anno/7"
                """.formatted(ARTICLE)));
        assertThat(request.toString()).isEqualTo("""
                {"kind":"FOOTNOTE","body":{"text":"Kafr Nabuda."},"target":{"exact":"two villages","prefix":"shelled ",\
                "suffix":".","start":60,"end":72},"canonical":"urn:uuid:0d8a3d9a-1111-4f5e-9f3b-3a2b1c0d9e8f",\
                "via":"https://elsewhere.example/anno/7"}""");
    }

    @Test
    void eachMotivationIsItsKind() {
        assertThat(read(annotation("""
                "motivation":"identifying","body":{"type":"TextualBody","value":"isis","purpose":"identifying",
                "gloss:organization":"isis","gloss:decision":"REJECTED"},"target":"%s","gloss:status":"PUBLISHED"
                """.formatted(ARTICLE))).toString())
                .isEqualTo("{\"kind\":\"DESIGNATION\",\"status\":\"PUBLISHED\",\"body\":{\"organization\":\"isis\",\"decision\":\"REJECTED\"}}");
        assertThat(read(annotation("""
                "motivation":"describing","body":{"type":"TextualBody","value":"Sputnik","gloss:sourceType":"NEWS_AGENCY",
                "gloss:sourceUrl":"https://sputniknews.com"},"target":"%s"
                """.formatted(ARTICLE))).get("body").toString())
                .isEqualTo("{\"name\":\"Sputnik\",\"url\":\"https://sputniknews.com\",\"type\":\"NEWS_AGENCY\"}");
        assertThat(read(annotation("""
                "motivation":"linking","body":{"id":"https://news.example/denial","type":"Text","gloss:title":"Denied",
                "gloss:relation":"DENIAL","gloss:afterParagraph":2},"target":"%s"
                """.formatted(ARTICLE))).toString()).isEqualTo("{\"kind\":\"RELATED_LINK\",\"body\":{\"url\":\"https://news.example/denial\","
                        + "\"title\":\"Denied\",\"relation\":\"DENIAL\",\"afterParagraph\":2}}");
    }

    @Test
    void theProtocolTestsAnnotationIsAFootnoteOfAnotherResource() {
        JsonNode request = read(annotation("""
                "body":{"type":"TextualBody","value":"I like this page!"},"target":"http://www.example.com/index.html"
                """));
        assertThat(request.toString()).isEqualTo("{\"kind\":\"FOOTNOTE\",\"body\":{\"text\":\"I like this page!\"},"
                + "\"targetSource\":\"http://www.example.com/index.html\"}");
        assertThat(read(annotation("\"bodyValue\":\"Noted.\",\"target\":{\"id\":\"" + ARTICLE + "\"}")).toString())
                .isEqualTo("{\"kind\":\"FOOTNOTE\",\"body\":{\"text\":\"Noted.\"}}");
    }

    @Test
    void whatTheServerSetsIsIgnored() {
        assertThat(read(annotation("""
                "id":"https://gloss.example/annotations/daily/idlib/5","created":"2019-05-28T09:30:00Z","modified":"2019-05-28T09:30:00Z",
                "creator":{"type":"Person","name":"x"},"generator":{"id":"https://gloss.example/","type":"Software"},"gloss:anchor":"ORPHANED",
                "bodyValue":"Noted.","target":"%s"
                """.formatted(ARTICLE))).has("anchor")).isFalse();
    }

    @Test
    void whatGlossCannotKeepIsRefusedNamingIt() {
        assertThat(refusal(annotation("\"bodyValue\":\"x\",\"target\":\"" + ARTICLE + "\",\"rights\":\"https://creativecommons.org/licenses/by/4.0/\"")).field())
                .isEqualTo("rights");
        assertThat(refusal(annotation("\"body\":{\"type\":\"TextualBody\",\"value\":\"x\",\"language\":\"en\"},\"target\":\"" + ARTICLE + "\"")).field())
                .isEqualTo("body.language");
        assertThat(refusal(annotation("\"motivation\":\"tagging\",\"bodyValue\":\"x\",\"target\":\"" + ARTICLE + "\"")).field())
                .isEqualTo("motivation");
        assertThat(refusal(annotation("\"body\":{\"type\":\"TextualBody\",\"value\":\"<b>x</b>\",\"format\":\"text/html\"},\"target\":\"" + ARTICLE + "\"")).field())
                .isEqualTo("body.format");
        assertThat(refusal(annotation("\"body\":[{\"value\":\"a\"},{\"value\":\"b\"}],\"target\":\"" + ARTICLE + "\"")).field())
                .isEqualTo("body");
        assertThat(refusal(annotation("\"bodyValue\":\"x\",\"target\":{\"source\":\"" + ARTICLE
                + "\",\"selector\":{\"type\":\"CssSelector\",\"value\":\"#p2\"}}")).field()).isEqualTo("target.selector");
        assertThat(refusal(annotation("\"bodyValue\":\"x\",\"target\":{\"source\":\"" + ARTICLE
                + "\",\"state\":{\"type\":\"TimeState\"}}")).field()).isEqualTo("target.state");
        assertThat(refusal("{\"type\":\"Annotation\",\"bodyValue\":\"x\",\"target\":\"" + ARTICLE + "\"}").field()).isEqualTo("@context");
        assertThat(refusal(annotation("\"bodyValue\":\"x\"")).field()).isEqualTo("target");
    }

    @Test
    void aJsonArrayIsNoAnnotation() {
        assertThatThrownBy(() -> read("[]")).isInstanceOf(ProblemException.class).hasMessageContaining("JSON object");
    }
}
