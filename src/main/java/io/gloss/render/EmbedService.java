package io.gloss.render;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.gloss.GlossConfig;
import io.gloss.article.Article;
import io.gloss.http.ProblemException;
import io.gloss.publication.Publication;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Where readers' outputs come from: memory, the stored rendition, or a new render. Public outputs
 * exist only once the article's {@code publishedAt} has passed and show published annotations; an
 * editor's preview shows drafts and is never cached. Public renders are revalidated against the
 * stored versions (see {@link RenderCache}).
 */
@ApplicationScoped
public class EmbedService {

    private static final Logger LOG = Logger.getLogger(EmbedService.class);

    record Key(String slug, String externalId, Output output) {
    }

    @Inject
    EmbedRenderer renderer;

    @Inject
    TemplateSet templateSet;

    @Inject
    RenditionLookup lookup;

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
                    EmbedRenderer.surrogateKey(key.slug(), key.externalId()), false);
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
                return renderer.render(article, key.output(), false);
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
        return renderer.render(article, output, true);
    }

    private static ProblemException notFound(String slug, String externalId) {
        return ProblemException.notFound("No published article '" + externalId + "' in '" + slug + "'");
    }
}
