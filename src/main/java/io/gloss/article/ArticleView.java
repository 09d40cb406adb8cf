package io.gloss.article;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as the API shows it. {@code orphaned} appears in the answer to a PUT: the annotations
 * whose passage could not be found again in this revision and that an editor must look at.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(String externalId, String title, String url, String section, String language,
        Instant publishedAt, String body, String text, int revision, Instant createdAt, Instant updatedAt,
        List<Long> orphaned) {

    public static ArticleView of(Article a, List<Long> orphaned) {
        return new ArticleView(a.externalId, a.title, a.url, a.section, a.language, a.publishedAt, a.body, a.text,
                a.revision, a.createdAt, a.updatedAt, orphaned);
    }

    /** For listings: the metadata without body and text. */
    public static ArticleView summary(Article a) {
        return new ArticleView(a.externalId, a.title, a.url, a.section, a.language, a.publishedAt, null, null,
                a.revision, a.createdAt, a.updatedAt, null);
    }
}
