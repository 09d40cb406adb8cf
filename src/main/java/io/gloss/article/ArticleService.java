package io.gloss.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gloss.http.ETags;
import io.gloss.http.ProblemException;
import io.gloss.publication.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

/** Articles as the CMS pushes them; what is anchored in their text follows each new revision. */
@ApplicationScoped
public class ArticleService {

    @Inject
    AnchoredInText anchored;

    @Inject
    Event<ArticleChanged> changes;

    public record Upserted(Article article, boolean created, List<Long> orphaned) {
    }

    public static EntityTag etag(Article article) {
        return ETags.of("article", article.id, article.version);
    }

    public Article find(Publication publication, String externalId) {
        return Article.findByExternalId(publication, externalId).orElseThrow(() -> noSuchArticle(publication, externalId));
    }

    /** For reading the past (annotation history): a deleted article still counts. */
    /** An article as readers may see it: live and past its publishedAt. */
    public Optional<Article> findPublished(String slug, String externalId) {
        return Publication.findBySlug(slug).flatMap(p -> Article.findByExternalId(p, externalId))
                .filter(a -> a.isPublicAt(Instant.now()));
    }

    public Article findIncludingDeleted(Publication publication, String externalId) {
        return Article.findIncludingDeleted(publication, externalId)
                .orElseThrow(() -> noSuchArticle(publication, externalId));
    }

    private static ProblemException noSuchArticle(Publication publication, String externalId) {
        return ProblemException.notFound("No article '" + externalId + "' in publication " + publication.slug);
    }

    /**
     * Stores the CMS's version of an article. When its plain text changed, the revision goes up
     * and every targeted annotation is anchored again on the new text.
     */
    @Transactional
    public Upserted upsert(Publication publication, String externalId, ArticleRequest request, String ifMatch,
            String author) {
        Instant now = Instant.now();
        Article article = Article.findForChange(publication, externalId).orElse(null);
        boolean created = article == null || article.isDeleted();
        if (created && ifMatch != null && !ifMatch.isBlank()) {
            // The client edited a copy of an article that no longer exists: do not silently recreate it.
            throw ProblemException.preconditionFailed("If-Match was sent but article '" + externalId + "' does not exist");
        }
        if (article == null) {
            article = new Article();
            article.publication = publication;
            article.externalId = externalId;
        } else if (!created) {
            ETags.requireMatch(ifMatch, etag(article));
        }
        if (created) {
            article.createdAt = now;
            article.deletedAt = null;
        }
        String text = ArticleText.fromHtml(request.body());
        // A revived article always starts a new revision: nothing cached from its past life may match.
        boolean textChanged = created || !text.equals(article.text);
        fill(article, request, text);
        if (textChanged) {
            article.revision++;
        }
        article.updatedAt = now;
        article.persistAndFlush();
        List<Long> orphaned = created ? List.of()
                : textChanged ? anchored.reanchor(article, author) : anchored.orphaned(article);
        changes.fire(new ArticleChanged(article));
        return new Upserted(article, created, orphaned);
    }

    /**
     * An article as another Gloss exported it, into a publication that does not have it (the import sees
     * to that): its revision and times kept. {@code text} is the plain text the export says its selectors count in; the text Gloss
     * derives from the body must be the same, or every passage would be misplaced.
     */
    @Transactional
    public Article restore(Publication publication, String externalId, ArticleRequest request, String text, int revision,
            Instant createdAt, Instant updatedAt) {
        String derived = ArticleText.fromHtml(request.body());
        if (!derived.equals(text)) {
            throw ProblemException.invalid("gloss:text", "differs from the plain text of gloss:body as this Gloss reads it, "
                    + "so the annotations' selectors would point elsewhere");
        }
        Article article = new Article();
        article.publication = publication;
        article.externalId = externalId;
        fill(article, request, text);
        article.revision = revision;
        article.createdAt = createdAt;
        article.updatedAt = updatedAt;
        article.persist();
        return article;
    }

    private static void fill(Article article, ArticleRequest request, String text) {
        article.title = request.title();
        article.url = request.url();
        article.section = request.section();
        article.language = request.language();
        article.publishedAt = request.publishedAt() == null ? null : request.publishedAt().toInstant();
        article.body = request.body();
        article.text = text;
    }

    /** Tells those who follow articles (compliance) that an article and its annotations are complete. */
    public void announce(Article article) {
        changes.fire(new ArticleChanged(article));
    }

    @Transactional
    public void delete(Publication publication, String externalId, String ifMatch) {
        Article article = find(publication, externalId);
        ETags.requireMatch(ifMatch, etag(article));
        anchored.deleteAll(article);
        article.deletedAt = Instant.now();
        article.updatedAt = article.deletedAt;
    }
}
