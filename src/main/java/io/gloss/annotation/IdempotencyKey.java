package io.gloss.annotation;

import java.time.Instant;
import java.util.Optional;

import io.gloss.article.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The {@code Idempotency-Key} a client sent with an annotation create, and what it created: the same key
 * with the same request answers with that annotation instead of creating another, so a retried or doubled
 * request never puts two identical footnotes before readers.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "idem_key", nullable = false, length = 255)
    public String key;

    /** SHA-256 of the request as read, so a key reused for another request is caught. */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "annotation_id", nullable = false)
    public long annotationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Optional<IdempotencyKey> find(Article article, String key) {
        return find("article = ?1 and key = ?2", article, key).firstResultOptional();
    }

    static long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
