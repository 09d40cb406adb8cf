package io.gloss.annotation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import io.gloss.article.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * An editor's annotation of an article. Every change is recorded (Envers) so an outlet can prove
 * which footnote a page showed on a given day.
 */
@Entity
@Audited
public class Annotation extends PanacheEntityBase {

    /** Room for a body's canonical JSON (the column's length). */
    public static final int MAX_BODY_JSON = 20_000;

    /** Room for an IRI kept from another system. */
    public static final int MAX_IRI = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Article article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AnnotationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public AnnotationStatus status;

    /** The kind's body as canonical JSON (written by Gloss from a validated {@link AnnotationBody}). */
    @Column(nullable = false, length = MAX_BODY_JSON)
    public String body;

    /** Null when the annotation is about the whole article. */
    @Embedded
    public Passage target;

    /** Null when there is no target. */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public AnchorState anchor;

    /**
     * The IRI of another resource this annotation is about (a Web Annotation client may keep such
     * notes with the article); null when it is about its article. Never shown in the article.
     */
    @Column(name = "target_source", length = MAX_IRI)
    public String targetSource;

    /** The annotation's IRI in the system it came from, kept unchanged (Web Annotation {@code canonical}). */
    @Column(length = MAX_IRI)
    public String canonical;

    /** The id it had where it came from (Web Annotation {@code via}). */
    @Column(length = MAX_IRI)
    public String via;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether it is about its article, and so may be shown in it. */
    public boolean isAboutItsArticle() {
        return targetSource == null;
    }

    public static Optional<Annotation> findInArticle(Article article, long id) {
        return find("article = ?1 and id = ?2", article, id).firstResultOptional();
    }

    /** The article's annotations, optionally only of one kind and/or status. */
    public static List<Annotation> listFor(Article article, AnnotationKind kind, AnnotationStatus status) {
        return queryFor(article, kind, status).list();
    }

    /** One page of {@link #listFor}, in the order annotations were created. */
    public static List<Annotation> pageFor(Article article, AnnotationKind kind, AnnotationStatus status, int index, int size) {
        return queryFor(article, kind, status).page(Page.of(index, size)).list();
    }

    public static long countFor(Article article, AnnotationKind kind, AnnotationStatus status) {
        return queryFor(article, kind, status).count();
    }

    /** When the latest of {@link #listFor} changed; empty when there are none. */
    public static Optional<Instant> lastChangeFor(Article article, AnnotationStatus status) {
        String query = "select max(a.updatedAt) from Annotation a where a.article = :article" + (status == null ? "" : " and a.status = :status");
        var select = getEntityManager().createQuery(query, Instant.class).setParameter("article", article);
        if (status != null) {
            select.setParameter("status", status);
        }
        return Optional.ofNullable(select.getSingleResult());
    }

    private static PanacheQuery<Annotation> queryFor(Article article, AnnotationKind kind, AnnotationStatus status) {
        StringBuilder query = new StringBuilder("article = :article");
        Parameters parameters = Parameters.with("article", article);
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.append(" order by id").toString(), parameters);
    }

    /** Up to {@code limit} of an article's annotations after {@code afterId}, in id order: a cursor for an export. */
    public static List<Annotation> pageAfter(long articleId, long afterId, int limit) {
        return find("article.id = ?1 and id > ?2 order by id", articleId, afterId).page(Page.ofSize(limit)).list();
    }

    public static List<Annotation> listOrphaned(Article article) {
        return list("article = ?1 and anchor = ?2 order by id", article, AnchorState.ORPHANED);
    }

    public static List<Annotation> listTargeted(Article article) {
        return list("article = ?1 and target.exact is not null order by id", article);
    }
}
