package io.gloss.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import io.gloss.registry.RegistryState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders what readers see of an article. Public outputs exist only once the article's
 * {@code publishedAt} has passed and show published annotations; an editor's preview shows drafts.
 * Public renders are cached in memory and revalidated against the stored versions (see {@link RenderCache}).
 */
@ApplicationScoped
public class EmbedService {

    /** The stored versions a render depends on; equal stamps render equal outputs. */
    record Stamp(long article, long articleVersion, long publicationVersion, Instant publishedAt, List<Long> annotations,
            long registryRevision) {
    }

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
    ObjectMapper json;

    @ConfigProperty(name = "gloss.render.revalidate-after", defaultValue = "1S")
    Duration revalidateAfter;

    @ConfigProperty(name = "gloss.render.cache-size", defaultValue = "10000")
    long cacheSize;

    @ConfigProperty(name = "gloss.public-url")
    Optional<String> publicUrl;

    private RenderCache<Key, Stamp> cache;

    @PostConstruct
    void createCache() {
        cache = new RenderCache<>(revalidateAfter, cacheSize, System::nanoTime);
    }

    /** A public output, or 404 while the article is unknown, deleted or not yet published. */
    public Rendered published(String slug, String externalId, Output output) {
        Key key = new Key(slug, externalId, output);
        Optional<Rendered> fresh = cache.fresh(key);
        if (fresh.isPresent()) {
            return fresh.get();
        }
        return QuarkusTransaction.joiningExisting().call(() -> revalidate(key));
    }

    private Rendered revalidate(Key key) {
        Stamp stamp = stamp(key.slug(), key.externalId())
                .filter(s -> s.publishedAt() != null && !s.publishedAt().isAfter(Instant.now()))
                .orElseThrow(() -> notFound(key.slug(), key.externalId()));
        Optional<Rendered> unchanged = cache.validated(key, stamp);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Article article = Article.findByExternalId(Publication.findBySlug(key.slug()).orElseThrow(), key.externalId())
                .orElseThrow(() -> notFound(key.slug(), key.externalId()));
        Rendered rendered = render(article, key.output(), stamp, false);
        cache.put(key, stamp, rendered);
        return rendered;
    }

    /** An editor's preview: drafts too, unpublished articles too; never cached. */
    @Transactional
    public Rendered preview(Publication publication, String externalId, Output output) {
        Article article = Article.findByExternalId(publication, externalId)
                .orElseThrow(() -> notFound(publication.slug, externalId));
        Stamp stamp = stamp(publication.slug, externalId).orElseThrow(() -> notFound(publication.slug, externalId));
        return render(article, output, stamp, true);
    }

    /** A published article as oEmbed names it. */
    public record Published(String slug, String externalId, String title, String publicationName) {
    }

    /** The published article at this URL (the first one, should two publications claim it). */
    @Transactional
    public Optional<Published> publishedAt(String url) {
        return Article.<Article>find("url = ?1 and deletedAt is null and publishedAt <= ?2 order by id", url, Instant.now())
                .firstResultOptional()
                .map(a -> new Published(a.publication.slug, a.externalId, a.title, a.publication.name));
    }

    /** The base of absolute URLs handed to other sites: gloss.public-url, else the request's. */
    public String publicUrl(String requestBase) {
        String base = publicUrl.orElse(requestBase);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private Optional<Stamp> stamp(String slug, String externalId) {
        List<Object[]> rows = Article.getEntityManager().createQuery("""
                select a.id, a.version, p.version, a.publishedAt from Article a join a.publication p
                where p.slug = ?1 and a.externalId = ?2 and a.deletedAt is null""", Object[].class)
                .setParameter(1, slug).setParameter(2, externalId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        List<Long> annotations = new ArrayList<>();
        for (Object[] version : Annotation.getEntityManager().createQuery(
                "select a.id, a.version from Annotation a where a.article.id = ?1 order by a.id", Object[].class)
                .setParameter(1, row[0]).getResultList()) {
            annotations.add((Long) version[0]);
            annotations.add((Long) version[1]);
        }
        return Optional.of(new Stamp((Long) row[0], (Long) row[1], (Long) row[2], (Instant) row[3],
                List.copyOf(annotations), RegistryState.current()));
    }

    private Rendered render(Article article, Output output, Stamp stamp, boolean preview) {
        Publication publication = article.publication;
        List<Annotation> shown = Annotation.listFor(article, null, null).stream()
                .filter(a -> a.anchor != AnchorState.ORPHANED)
                .filter(a -> preview || a.status == AnnotationStatus.PUBLISHED).toList();
        RegistryDetector.Snapshot snapshot = registry.current();
        ComplianceReport report = compliance.check(article, shown, snapshot);
        Embed.ArticleInfo info = new Embed.ArticleInfo(publication.slug, article.externalId, article.title, article.url,
                article.publishedAt, article.language, publication.locale);
        EmbedComposer composer = new EmbedComposer(info, report, snapshot.organizations(), publication.markerPolicy,
                shown.stream().map(this::shown).toList(), wording.words(publication.locale));
        Function<EmbedComposer.MarkerView, String> marker = view -> localized(EmbedTemplates.marker(view), publication)
                .render().strip();
        String content = switch (output) {
            case BLOCKS -> {
                Embed embed = composer.compose(null, marker);
                yield localized(EmbedTemplates.blocks(embed, embed.related()), publication).render();
            }
            case BODY -> localized(EmbedTemplates.body(composer.compose(article.body, marker)), publication).render();
            case PAGE -> {
                EmbedComposer.Page page = composer.composePage(article.body, marker,
                        link -> localized(EmbedTemplates.related(link), publication).render().strip());
                yield localized(EmbedTemplates.page(page.embed(), page.trailing(), oembedUrl(article)), publication).render();
            }
            case JSON -> EmbedJson.write(json, composer.compose(article.body, marker), snapshot.organizations());
        };
        String etag = "embed-" + Sha256.hex(stamp + "|" + output + "|" + preview + "|" + templateSet.id()).substring(0, 40);
        String surrogateKey = "gloss-" + publication.slug + " gloss-" + publication.slug + "/"
                + URLEncoder.encode(article.externalId, StandardCharsets.UTF_8);
        return new Rendered(content, output.mediaType, etag, surrogateKey, article.publishedAt, preview);
    }

    /** oEmbed discovery for the page: absolute when gloss.public-url is set (cached pages must not echo a request's Host). */
    private String oembedUrl(Article article) {
        if (article.url == null) {
            return null;
        }
        return publicUrl.map(base -> base.replaceAll("/$", "")).orElse("") + "/oembed?format=json&url="
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
