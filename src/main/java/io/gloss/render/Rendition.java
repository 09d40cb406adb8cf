package io.gloss.render;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A stored public output of an article. Shared by all nodes: what one node rendered, the others serve
 * after one query ({@link RenditionLookup}), as long as nothing it depends on changed.
 */
@Entity
public class Rendition extends PanacheEntityBase {

    public static final int MAX_CONTENT_CHARS = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Output output;

    /** What the output was rendered from (see {@link RenditionLookup.Current#versions()}). */
    @Column(nullable = false, length = 300)
    public String versions;

    @Column(nullable = false, length = 80)
    public String etag;

    @Column(nullable = false, length = MAX_CONTENT_CHARS)
    public String content;

    @Column(name = "rendered_at", nullable = false)
    public Instant renderedAt;

    /** Replaces the article's stored output. */
    public static void store(long articleId, Output output, String versions, String etag, String content) {
        delete("articleId = ?1 and output = ?2", articleId, output);
        Rendition rendition = new Rendition();
        rendition.articleId = articleId;
        rendition.output = output;
        rendition.versions = versions;
        rendition.etag = etag;
        rendition.content = content;
        rendition.renderedAt = Instant.now();
        rendition.persist();
    }
}
