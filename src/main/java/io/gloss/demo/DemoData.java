package io.gloss.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.gloss.GlossConfig;
import io.gloss.anchoring.TextQuote;
import io.gloss.annotation.AnnotationKind;
import io.gloss.annotation.AnnotationRequest;
import io.gloss.annotation.AnnotationService;
import io.gloss.annotation.AnnotationStatus;
import io.gloss.article.Article;
import io.gloss.article.ArticleRequest;
import io.gloss.article.ArticleService;
import io.gloss.audit.AuditRevisionListener;
import io.gloss.publication.LabelPolicy;
import io.gloss.publication.MarkerPolicy;
import io.gloss.publication.Publication;
import io.gloss.publication.PublicationRequest;
import io.gloss.publication.PublicationService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * With {@code gloss.demo=true}, fills an empty database with a publication and a wire story in the
 * shape of the product's reference example, dated as the story was (late January 2020): designated
 * organisations that the registry labels with no editor action (Tahrir al-Sham as the renamed al-Nusra
 * Front, before its own Russian listing), a news-agency source, an official source for one claim, related
 * links between paragraphs and an editorial footnote.
 */
@ApplicationScoped
public class DemoData {

    public static final String PUBLICATION = "demo";
    public static final String ARTICLE = "idlib-2020-01-28";
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String AUTHOR = AuditRevisionListener.SYSTEM;

    @Inject
    GlossConfig config;

    @Inject
    PublicationService publications;

    @Inject
    ArticleService articles;

    @Inject
    AnnotationService annotations;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        if (config.demo() && createIfEmpty()) {
            LOG.infof("Demo data created: publication '%s', article '%s'", PUBLICATION, ARTICLE);
        }
    }

    @Transactional
    boolean createIfEmpty() {
        if (Publication.count() > 0) {
            return false;
        }
        Publication publication = publications.upsert(PUBLICATION, new PublicationRequest("Gloss Demo Daily", "en",
                List.of("RU"), MarkerPolicy.FIRST, LabelPolicy.AUTOMATIC, List.of("http://localhost:8081"))).publication();
        Article article = articles.upsert(publication, ARTICLE, new ArticleRequest(
                "Militants shell villages in northern Hama, reconciliation centre says",
                "https://demo.gloss.example/world/" + ARTICLE, "World", "en",
                OffsetDateTime.parse("2020-01-28T09:30:00+03:00"), resource("/demo/idlib-article.html")),
                null, AUTHOR).article();

        annotate(article, AnnotationKind.SOURCE, null,
                body().put("name", "Sputnik").put("url", "https://sputniknews.com").put("type", "NEWS_AGENCY"));
        annotate(article, AnnotationKind.SOURCE, "the Russian Defence Ministry's Centre for the Reconciliation of Opposing Sides in Syria",
                body().put("name", "Russian Defence Ministry, Centre for the Reconciliation of Opposing Sides in Syria")
                        .put("type", "OFFICIAL"));
        annotate(article, AnnotationKind.RELATED_LINK, null, body()
                .put("url", "https://demo.gloss.example/world/mod-denies-idlib-airstrikes")
                .put("title", "Russian MoD Denies Allegations of Airstrikes on Idlib's Civilian Infrastructure")
                .put("relation", "DENIAL").put("afterParagraph", 2));
        annotate(article, AnnotationKind.RELATED_LINK, null, body()
                .put("url", "https://demo.gloss.example/world/sochi-memorandum-explained")
                .put("title", "What the 2018 Sochi Memorandum on Idlib Says")
                .put("relation", "BACKGROUND"));
        annotate(article, AnnotationKind.FOOTNOTE, "Kafr Nabuda", body()
                .put("text", "Also transliterated Kafr Nabudah; the town lies about 40 km north-west of Hama."));
        return true;
    }

    private void annotate(Article article, AnnotationKind kind, String quote, ObjectNode body) {
        TextQuote target = quote == null ? null : new TextQuote(quote, null, null, null, null);
        annotations.create(article, new AnnotationRequest(kind, AnnotationStatus.PUBLISHED, target, body), AUTHOR);
    }

    private ObjectNode body() {
        return json.createObjectNode();
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
