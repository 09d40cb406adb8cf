package io.gloss.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.GlossConfig;
import io.gloss.Sha256;
import io.gloss.anchoring.TextQuote;
import io.gloss.annotation.AnchorState;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationStatus;
import io.gloss.article.Article;
import io.gloss.compliance.ComplianceReport;
import io.gloss.compliance.ComplianceService;
import io.gloss.http.ProblemException;
import io.gloss.publication.Publication;
import io.gloss.registry.RegistryDetector;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders what readers see of an article. Public outputs exist only once the article's
 * {@code publishedAt} has passed and show published annotations; an editor's preview shows drafts.
 * Public renders are cached in memory and revalidated against the stored versions (see {@link RenderCache}).
 */
@ApplicationScoped
public class EmbedService {

    private static final Logger LOG = Logger.getLogger(EmbedService.class);

    record Key(String slug, String externalId, Output output) {
    }

    @Inject
    ComplianceService compliance;

    @Inject
    RegistryDetector registry;

    @Inject
    LocalizedWording wording;

    @Inject
    TemplateSet templateSet;

    @Inject
    RenditionLookup lookup;

    @Inject
    ObjectMapper json;

    @Inject
    GlossConfig config;

    private RenderCache<Key, String> cache;
    private final ConcurrentHashMap<Key, CompletableFuture<Rendered>> inFlight = new ConcurrentHashMap<>();

    @PostConstruct
    void createCache() {
        cache = new RenderCache<>(config.render().revalidateAfter(), config.render().cacheSize(), System::nanoTime);
    }

    /** A public output, or 404 while the article is unknown, deleted or not yet published. */
    public Rendered published(String slug, String externalId, Output output) {
        Key key = new Key(slug, externalId, output);
        Optional<Rendered> fresh = cache.fresh(key);
        return fresh.isPresent() ? fresh.get() : revalidate(key);
    }

    /**
     * One query reads the versions the output depends on, and the stored rendition; the output is
     * rendered again only when they changed.
     */
    private Rendered revalidate(Key key) {
        RenditionLookup.Current current = lookup.current(key.slug(), key.externalId(), key.output(), templateSet.id())
                .filter(c -> c.isPublicAt(Instant.now()))
                .orElseThrow(() -> notFound(key.slug(), key.externalId()));
        Optional<Rendered> unchanged = cache.validated(key, current.versions());
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Rendered rendered;
        if (current.versions().equals(current.storedVersions())) {
            rendered = new Rendered(current.storedContent(), key.output().mediaType, current.storedEtag(),
                    surrogateKey(key.slug(), key.externalId()), false);
        } else {
            rendered = renderOnce(key, current);
        }
        cache.put(key, current.versions(), rendered);
        return rendered;
    }

    /** Readers arrive together after a change: one of them renders and stores, the others wait for it. */
    private Rendered renderOnce(Key key, RenditionLookup.Current current) {
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Rendered rendered = QuarkusTransaction.requiringNew().call(() -> {
                Article article = Article.findByExternalId(Publication.findBySlug(key.slug()).orElseThrow(), key.externalId())
                        .orElseThrow(() -> notFound(key.slug(), key.externalId()));
                return render(article, key.output(), false);
            });
            store(current, key.output(), rendered);
            mine.complete(rendered);
            return rendered;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * In a transaction of its own: two nodes may store the same output at once, and the loser's
     * failure must not fail the reader's request (its render is as good). Outputs above the column's
     * size (articles near the 1,000,000-character limit) are rendered on each miss instead.
     */
    private void store(RenditionLookup.Current current, Output output, Rendered rendered) {
        if (rendered.content().length() > Rendition.MAX_CONTENT_CHARS) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> Rendition.store(current.articleId(), output, current.versions(),
                    rendered.etag(), rendered.content()));
        } catch (RuntimeException e) {
            LOG.debugf(e, "Rendition of article %d (%s) not stored; another node probably stored it", current.articleId(),
                    output);
        }
    }

    /** An editor's preview: drafts too, unpublished articles too; never cached. */
    @Transactional
    public Rendered preview(Publication publication, String externalId, Output output) {
        Article article = Article.findByExternalId(publication, externalId)
                .orElseThrow(() -> notFound(publication.slug, externalId));
        return render(article, output, true);
    }

    /** A published article as oEmbed names it. */
    public record Published(String slug, String externalId, String title, String publicationName) {
    }

    /** The published article at this URL (the first one, should two publications claim it). */
    @Transactional
    public Optional<Published> publishedAt(String url) {
        return Article.<Article>find("url = ?1 and deletedAt is null and publishedAt <= ?2 order by id", url, Instant.now())
                .firstResultOptional()
                .map(EmbedService::describe);
    }

    /** A published article by its embed address. */
    @Transactional
    public Optional<Published> publishedArticle(String slug, String externalId) {
        return Publication.findBySlug(slug).flatMap(p -> Article.findByExternalId(p, externalId))
                .filter(a -> a.publishedAt != null && !a.publishedAt.isAfter(Instant.now()))
                .map(EmbedService::describe);
    }

    private static Published describe(Article article) {
        return new Published(article.publication.slug, article.externalId, article.title, article.publication.name);
    }

    /** Whether absolute URLs come from gloss.public-url rather than from the request's Host header. */
    public boolean hasPublicUrl() {
        return config.publicUrl().isPresent();
    }

    /** The base of absolute URLs handed to other sites: gloss.public-url, else the request's. */
    public String publicUrl(String requestBase) {
        return withoutTrailingSlash(config.publicUrl().orElse(requestBase));
    }

    private static String withoutTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * Strong, from what the output contains (and which output, and whether a preview): a draft saved or
     * an unpublished edit changes no public ETag, so the ETag tells nobody about them (as found, it did).
     */
    private static String etag(String content, Output output, boolean preview) {
        return "embed-" + Sha256.hex(output + "|" + preview + "|" + content).substring(0, 40);
    }

    private static String surrogateKey(String slug, String externalId) {
        return "gloss-" + slug + " gloss-" + slug + "/" + URLEncoder.encode(externalId, StandardCharsets.UTF_8);
    }

    private Rendered render(Article article, Output output, boolean preview) {
        Publication publication = article.publication;
        List<Annotation> shown = Annotation.listFor(article, null, null).stream()
                .filter(a -> a.anchor != AnchorState.ORPHANED)
                .filter(a -> preview || a.status == AnnotationStatus.PUBLISHED).toList();
        RegistryDetector.Snapshot snapshot = registry.current();
        ComplianceReport report = compliance.check(article, shown, snapshot);
        Embed.ArticleInfo info = new Embed.ArticleInfo(publication.slug, article.externalId, article.title, article.url,
                article.publishedAt, article.language, publication.locale);
        EmbedComposer composer = new EmbedComposer(info, publication.jurisdictions, report, snapshot.organizations(),
                publication.markerPolicy,
                shown.stream().map(this::shown).toList(), wording.words(publication.locale));
        Function<EmbedComposer.MarkerView, String> marker = view -> localized(EmbedTemplates.marker(view), publication)
                .render().strip();
        String content = switch (output) {
            case BLOCKS -> {
                Embed embed = composer.compose(null, marker);
                yield localized(EmbedTemplates.blocks(embed, embed.related()), publication).render();
            }
            case BODY -> localized(EmbedTemplates.body(composer.compose(article.body, marker)), publication).render();
            case ARTICLE, PAGE -> {
                EmbedComposer.Page page = composer.composePage(article.body, marker,
                        link -> localized(EmbedTemplates.related(link), publication).render().strip());
                yield localized(output == Output.PAGE
                        ? EmbedTemplates.page(page.embed(), page.trailing(), oembedUrl(article))
                        : EmbedTemplates.article(page.embed(), page.trailing()), publication).render();
            }
            case JSON -> EmbedJson.write(json, composer.compose(article.body, marker), snapshot.organizations());
        };
        return new Rendered(content, output.mediaType, etag(content, output, preview), surrogateKey(publication.slug, article.externalId), preview);
    }

    /** oEmbed discovery for the page: absolute when gloss.public-url is set (cached pages must not echo a request's Host). */
    private String oembedUrl(Article article) {
        if (article.url == null) {
            return null;
        }
        return config.publicUrl().map(EmbedService::withoutTrailingSlash).orElse("") + "/oembed?format=json&url="
                + URLEncoder.encode(article.url, StandardCharsets.UTF_8);
    }

    private static TemplateInstance localized(TemplateInstance instance, Publication publication) {
        return instance.setLocale(LocalizedWording.language(publication.locale));
    }

    private EmbedComposer.Shown shown(Annotation annotation) {
        try {
            TextQuote target = annotation.target == null || annotation.target.exact == null ? null
                    : annotation.target.toQuote();
            return new EmbedComposer.Shown(annotation.id, json.readValue(annotation.body, annotation.kind.bodyType()),
                    target == null ? null : target.start(), target == null ? null : target.end());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored annotation body is not readable: annotation " + annotation.id, e);
        }
    }

    private static ProblemException notFound(String slug, String externalId) {
        return ProblemException.notFound("No published article '" + externalId + "' in '" + slug + "'");
    }
}
