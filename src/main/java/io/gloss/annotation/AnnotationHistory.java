package io.gloss.annotation;

import java.util.List;

import org.hibernate.envers.query.AuditEntity;

import io.gloss.article.Article;
import io.gloss.audit.ChangeHistory;
import io.gloss.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The recorded changes of an annotation, only ever through the article it belongs to. */
@ApplicationScoped
public class AnnotationHistory {

    @Inject
    ChangeHistory history;

    public List<ChangeHistory.Entry<AnnotationView>> of(Article article, long annotationId) {
        List<ChangeHistory.Entry<AnnotationView>> entries = history.of(Annotation.class,
                List.of(AuditEntity.id().eq(annotationId), AuditEntity.relatedId("article").eq(article.id)),
                AnnotationView::of);
        if (entries.isEmpty()) {
            throw ProblemException.notFound("No annotation " + annotationId + " on article " + article.externalId);
        }
        return entries;
    }
}
