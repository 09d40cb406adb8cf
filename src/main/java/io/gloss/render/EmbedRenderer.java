package io.gloss.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.gloss.Sha256;
import io.gloss.anchoring.TextQuote;
import io.gloss.annotation.AnchorState;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationBodies;
import io.gloss.annotation.AnnotationStatus;
import io.gloss.article.Article;
import io.gloss.compliance.ComplianceReport;
import io.gloss.compliance.ComplianceService;
import io.gloss.compliance.DesignationFootnotes;
import io.gloss.publication.Publication;
import io.gloss.registry.RegistryDetector;

/**
 * Renders one output of an article: the annotations readers may see, the footnotes compliance says
 * the article owes, laid out by {@link EmbedComposer} and presented by the output's presenter.
 */
@ApplicationScoped
public class EmbedRenderer {

    @Inject
    ComplianceService compliance;

    @Inject
    RegistryDetector registry;

    @Inject
    LocalizedWording wording;

    @Inject
    AnnotationBodies bodies;

    @Inject
    Instance<OutputPresenter> presenters;

    private final Map<Output, OutputPresenter> presenterOf = new EnumMap<>(Output.class);

    @PostConstruct
    void indexPresenters() {
        presenters.forEach(presenter -> presenterOf.put(presenter.output(), presenter));
        if (presenterOf.size() != Output.values().length) {
            throw new IllegalStateException("Every output needs its presenter; found " + presenterOf.keySet());
        }
    }

    /**
     * {@code preview}: drafts are shown too (an editor's preview). Orphaned annotations never are, nor
     * those about another resource.
     */
    public Rendered render(Article article, Output output, boolean preview) {
        Publication publication = article.publication;
        List<Annotation> shown = Annotation.listFor(article, null, null).stream()
                .filter(a -> a.anchor != AnchorState.ORPHANED && a.isAboutItsArticle())
                .filter(a -> preview || a.status == AnnotationStatus.PUBLISHED).toList();
        RegistryDetector.Snapshot snapshot = registry.current();
        ComplianceReport report = compliance.check(article, shown, snapshot);
        List<EmbedComposer.Shown> readable = shown.stream().map(this::shown).toList();
        List<DesignationFootnotes.Footnote> footnotes = DesignationFootnotes.owed(report, snapshot.organizations(),
                publication.jurisdictions, EmbedComposer.confirmed(readable), publication.locale);
        Embed.ArticleInfo info = new Embed.ArticleInfo(publication.slug, article.externalId, article.title, article.url,
                article.publishedAt, article.language, publication.locale);
        EmbedComposer composer = new EmbedComposer(info, footnotes, publication.markerPolicy, readable,
                wording.words(publication.locale));
        String content = presenterOf.get(output).present(new Composition(article, publication, composer, snapshot.organizations()));
        return new Rendered(content, output.mediaType, etag(content, output, preview),
                surrogateKey(publication.slug, article.externalId), preview);
    }

    /** The key a CDN purges an article's outputs by: its publication's, and its own. */
    static String surrogateKey(String slug, String externalId) {
        return "gloss-" + slug + " gloss-" + slug + "/" + URLEncoder.encode(externalId, StandardCharsets.UTF_8);
    }

    /**
     * Strong, from what the output contains (and which output, and whether a preview): a draft saved or
     * an unpublished edit changes no public ETag, so the ETag tells nobody about them (as found, it did).
     */
    private static String etag(String content, Output output, boolean preview) {
        return "embed-" + Sha256.hex(output + "|" + preview + "|" + content).substring(0, 40);
    }

    private EmbedComposer.Shown shown(Annotation annotation) {
        TextQuote target = annotation.target == null || annotation.target.exact == null ? null : annotation.target.toQuote();
        return new EmbedComposer.Shown(annotation.id, bodies.of(annotation),
                target == null ? null : target.start(), target == null ? null : target.end());
    }
}
