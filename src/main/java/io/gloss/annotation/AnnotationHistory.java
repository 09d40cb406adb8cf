package io.gloss.annotation;

import java.time.Instant;
import java.util.List;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import io.gloss.article.Article;
import io.gloss.audit.AuditRevision;
import io.gloss.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Reads the recorded changes of an annotation: who changed it, when, and what it was after each change. */
@ApplicationScoped
public class AnnotationHistory {

    public enum Change {
        CREATED, UPDATED, DELETED
    }

    /** One recorded change; {@code annotation} is the state right after it (the last state, for a deletion). */
    public record Entry(long revision, Instant at, String by, Change change, AnnotationView annotation) {
    }

    @Inject
    EntityManager em;

    public List<Entry> of(Article article, long annotationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Annotation.class, false, true)
                .add(AuditEntity.id().eq(annotationId))
                .add(AuditEntity.relatedId("article").eq(article.id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No annotation " + annotationId + " on article " + article.externalId);
        }
        return rows.stream().map(AnnotationHistory::entryOf).toList();
    }

    private static Entry entryOf(Object[] row) {
        Annotation state = (Annotation) row[0];
        AuditRevision revision = (AuditRevision) row[1];
        Change change = switch ((RevisionType) row[2]) {
            case ADD -> Change.CREATED;
            case MOD -> Change.UPDATED;
            case DEL -> Change.DELETED;
        };
        return new Entry(revision.id, revision.changedAt(), revision.actor, change, AnnotationView.of(state));
    }
}
