package io.gloss.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.gloss.article.Article;
import io.gloss.article.ArticleService;
import io.gloss.http.PublicAddresses;

/** What oEmbed needs: which published article an address names, and where an article page finds its oEmbed. */
@ApplicationScoped
public class OEmbedService {

    @Inject
    PublicAddresses addresses;

    @Inject
    ArticleService articles;

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
        return articles.findPublished(slug, externalId).map(OEmbedService::describe);
    }

    private static Published describe(Article article) {
        return new Published(article.publication.slug, article.externalId, article.title, article.publication.name);
    }

    /**
     * oEmbed discovery for an article's page, none without the article's URL: absolute when
     * gloss.public-url is set (cached pages must not echo a request's Host).
     */
    public String discoveryUrl(String articleUrl) {
        if (articleUrl == null) {
            return null;
        }
        return addresses.configuredBase().orElse("") + "/oembed?format=json&url="
                + URLEncoder.encode(articleUrl, StandardCharsets.UTF_8);
    }
}
