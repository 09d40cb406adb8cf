package io.gloss.webannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.gloss.anchoring.TextQuote;
import io.gloss.annotation.AnchorState;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationBody;
import io.gloss.annotation.AnnotationKind;
import io.gloss.annotation.AnnotationStatus;
import io.gloss.annotation.Passage;
import io.gloss.article.Article;
import io.gloss.publication.Publication;

/**
 * Every kind of Gloss annotation, in every state, against the 54 MUST assertions of the W3C Web
 * Annotation test suite (../shared/web-annotation-tests, annotations/annotationMusts.test), with a
 * known-bad sample of the suite as the control that the harness can fail.
 */
class AnnotationMustsTest {

    private static final Path SUITE = Path.of("../shared/web-annotation-tests");
    private static final String BASE = "https://w3c-suite.test/defs/";
    private static final String GLOSS = "https://gloss.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Schema> musts;

    @BeforeAll
    static void loadTheSuite() throws IOException {
        assumeTrue(Files.isDirectory(SUITE), "../shared/web-annotation-tests is absent (a fresh clone has none): W3C checks skipped");
        // The suite's schemas name each other by file name: serve them all as if from one folder.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemas(iri -> iri.startsWith(BASE) ? read(fileNamed(iri.substring(BASE.length()))) : null));
        musts = new ArrayList<>();
        for (JsonNode assertion : JSON.readTree(SUITE.resolve("annotations/annotationMusts.test").toFile()).get("assertions")) {
            String name = Path.of(assertion.asText()).getFileName().toString();
            musts.add(registry.getSchema(SchemaLocation.of(BASE + name)));
        }
        assertThat(musts).hasSize(54);
    }

    @Test
    void everyKindInEveryStatePassesEveryMust() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Annotation annotation : everyKindInEveryState()) {
            JsonNode node = WebAnnotationJson.of(JSON, GLOSS, annotation, body(annotation.kind));
            for (Schema must : musts) {
                must.validate(node).forEach(error -> failures.add(annotation.kind + "/" + annotation.anchor + "/"
                        + annotation.status + ": " + error));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(4 * 6);
        assertThat(failures).isEmpty();
    }

    /** Gloss's own terms are all defined in the context it links, so a JSON-LD processor expands every one. */
    @Test
    void everyGlossTermIsDefinedInGlossContext() throws IOException {
        JsonNode context;
        try (var in = AnnotationMustsTest.class.getResourceAsStream("/webannotation/gloss.jsonld")) {
            context = JSON.readTree(in).get("@context");
        }
        List<String> undefined = new ArrayList<>();
        for (Annotation annotation : everyKindInEveryState()) {
            glossTerms(WebAnnotationJson.of(JSON, GLOSS, annotation, body(annotation.kind)), undefined, context);
        }
        assertThat(undefined).isEmpty();
    }

    private static void glossTerms(JsonNode node, List<String> undefined, JsonNode context) {
        node.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith("gloss:") && !context.has(field.getKey())) {
                undefined.add(field.getKey());
            }
            if (field.getValue().isContainerNode()) {
                glossTerms(field.getValue(), undefined, context);
            }
        });
        if (node.isArray()) {
            node.forEach(element -> glossTerms(element, undefined, context));
        }
    }

    @Test
    void theSuitesKnownBadSamplesFailSoTheHarnessCannotPassVacuously() throws IOException {
        List<String> passing = new ArrayList<>();
        int samples = 0;
        try (Stream<Path> files = Files.list(SUITE.resolve("tools/samples/incorrect"))) {
            for (Path sample : files.sorted().toList()) {
                JsonNode bad;
                try {
                    bad = JSON.readTree(sample.toFile());
                } catch (IOException notJson) {
                    continue; // some are bad JSON on purpose; a parser refuses them before any schema
                }
                samples++;
                if (musts.stream().allMatch(must -> must.validate(bad).isEmpty())) {
                    passing.add(sample.getFileName().toString());
                }
            }
        }
        assertThat(samples).isGreaterThan(10);
        assertThat(passing).isEmpty();
    }

    /** Each kind anchored on a passage, orphaned, and on the whole article; drafts and published; with and without a URL. */
    private static List<Annotation> everyKindInEveryState() {
        List<Annotation> all = new ArrayList<>();
        long id = 1;
        for (AnnotationKind kind : AnnotationKind.values()) {
            for (AnchorState anchor : new AnchorState[] { AnchorState.ANCHORED, AnchorState.ORPHANED, null }) {
                for (AnnotationStatus status : AnnotationStatus.values()) {
                    all.add(annotation(id++, kind, anchor, status, id % 2 == 0 ? "https://daily.example/news/idlib" : null));
                }
            }
        }
        return all;
    }

    private static Annotation annotation(long id, AnnotationKind kind, AnchorState anchor, AnnotationStatus status, String url) {
        Publication publication = new Publication();
        publication.slug = "daily";
        Article article = new Article();
        article.publication = publication;
        article.externalId = "post 42";
        article.url = url;
        Annotation annotation = new Annotation();
        annotation.id = id;
        annotation.article = article;
        annotation.kind = kind;
        annotation.status = status;
        annotation.anchor = anchor;
        annotation.target = anchor == null ? null
                : Passage.of(new TextQuote("Hayat Tahrir al-Sham", "Fighters of ", " attacked", 12, 32));
        annotation.createdBy = "key-1";
        annotation.createdAt = Instant.parse("2026-12-02T10:15:30.123456Z");
        annotation.updatedAt = Instant.parse("2026-12-02T11:00:00Z");
        return annotation;
    }

    private static AnnotationBody body(AnnotationKind kind) {
        return switch (kind) {
            case DESIGNATION -> new AnnotationBody.Designation("hts", AnnotationBody.Decision.CONFIRMED);
            case SOURCE -> new AnnotationBody.Source("Reuters", "https://www.reuters.com/", AnnotationBody.SourceType.NEWS_AGENCY);
            case RELATED_LINK -> new AnnotationBody.RelatedLink("https://daily.example/news/background", "Background",
                    AnnotationBody.Relation.BACKGROUND, 2);
            case FOOTNOTE -> new AnnotationBody.Footnote("HTS, formerly the <i>al-Nusra Front</i>.");
        };
    }

    private static Path fileNamed(String name) {
        Path definition = SUITE.resolve("definitions").resolve(name);
        if (Files.isRegularFile(definition)) {
            return definition;
        }
        try (Stream<Path> files = Files.walk(SUITE.resolve("annotations"))) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
