package io.gloss.article;

import java.time.Instant;
import java.util.List;

import io.gloss.annotation.AnnotationService;
import io.gloss.http.ETags;
import io.gloss.http.ProblemException;
import io.gloss.publication.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

/** Articles as the CMS pushes them, and what a new revision of the text means for annotations. */
@ApplicationScoped
public class ArticleService {

    @Inject
    AnnotationService annotations;

    public record Upserted(Article article, boolean created, List<Long> orphaned) {
    }

    public static EntityTag etag(Article article) {
        return ETags.of("article", article.id, article.version);
    }

    public Article find(Publication publication, String externalId) {
        return Article.findByExternalId(publication, externalId).orElseThrow(
                () -> ProblemException.notFound("No article '" + externalId + "' in publication " + publication.slug));
    }

    /**
     * Stores the CMS's version of an article. When its plain text changed, the revision goes up
     * and every targeted annotation is anchored again on the new text.
     */
    @Transactional
    public Upserted upsert(Publication publication, String externalId, ArticleRequest request, String ifMatch,
            String author) {
        Instant now = Instant.now();
        Article article = Article.findByExternalId(publication, externalId).orElse(null);
        boolean created = article == null;
        if (created) {
            article = new Article();
            article.publication = publication;
            article.externalId = externalId;
            article.createdAt = now;
        } else {
            ETags.requireMatch(ifMatch, etag(article));
        }
        String text = ArticleText.fromHtml(request.body());
        boolean textChanged = !text.equals(article.text);
        article.title = request.title();
        article.url = request.url();
        article.section = request.section();
        article.language = request.language();
        article.publishedAt = request.publishedAt() == null ? null : request.publishedAt().toInstant();
        article.body = request.body();
        article.text = text;
        if (textChanged) {
            article.revision++;
        }
        article.updatedAt = now;
        article.persistAndFlush();
        List<Long> orphaned = created ? List.of()
                : textChanged ? annotations.reanchor(article, author) : annotations.orphaned(article);
        return new Upserted(article, created, orphaned);
    }

    @Transactional
    public void delete(Publication publication, String externalId, String ifMatch) {
        Article article = find(publication, externalId);
        ETags.requireMatch(ifMatch, etag(article));
        annotations.deleteAll(article);
        article.delete();
    }
}
