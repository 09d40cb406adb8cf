package io.gloss.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.gloss.GlossConfig;
import io.gloss.article.Article;
import io.gloss.publication.Publication;

/** What oEmbed needs: which published article an address names, and the absolute addresses handed to other sites. */
@ApplicationScoped
public class OEmbedService {

    @Inject
    GlossConfig config;

    /** A published article as oEmbed names it. */
    public record Published(String slug, String externalId, String title, String publicationName) {
    }

    /** The published article at this URL (the first one, should two publications claim it). */
    @Transactional
    public Optional<Published> publishedAt(String url) {
        return Article.<Article>find("url = ?1 and deletedAt is null and publishedAt <= ?2 order by id", url, Instant.now())
                .firstResultOptional()
                .map(OEmbedService::describe);
    }

    /** A published article by its embed address. */
    @Transactional
    public Optional<Published> publishedArticle(String slug, String externalId) {
        return Publication.findBySlug(slug).flatMap(p -> Article.findByExternalId(p, externalId))
                .filter(a -> a.publishedAt != null && !a.publishedAt.isAfter(Instant.now()))
                .map(OEmbedService::describe);
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

    /**
     * oEmbed discovery for an article's page, none without the article's URL: absolute when
     * gloss.public-url is set (cached pages must not echo a request's Host).
     */
    public String discoveryUrl(String articleUrl) {
        if (articleUrl == null) {
            return null;
        }
        return config.publicUrl().map(OEmbedService::withoutTrailingSlash).orElse("") + "/oembed?format=json&url="
                + URLEncoder.encode(articleUrl, StandardCharsets.UTF_8);
    }

    private static String withoutTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
