package io.gloss.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import io.gloss.GlossConfig;
import io.gloss.annotation.AnchorState;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationBodies;
import io.gloss.annotation.AnnotationBody;
import io.gloss.annotation.AnnotationKind;
import io.gloss.annotation.AnnotationStatus;
import io.gloss.article.Article;
import io.gloss.detect.Detection;
import io.gloss.registry.RegistryDetector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs detection and the compliance check on stored articles with the current registry. */
@ApplicationScoped
public class ComplianceService {

    @Inject
    RegistryDetector registry;

    @Inject
    AnnotationBodies bodies;

    @Inject
    GlossConfig config;

    public Detection mentions(Article article) {
        return registry.current().detector().detect(article.text, article.language);
    }

    /** What the article owes as readers see it: its published decisions count. */
    public ComplianceReport check(Article article) {
        return check(article, Annotation.listFor(article, AnnotationKind.DESIGNATION, AnnotationStatus.PUBLISHED),
                registry.current());
    }

    /**
     * The same with the editor decisions among {@code annotations} (an editor's preview counts drafts),
     * against a registry snapshot the caller already holds.
     */
    public ComplianceReport check(Article article, List<Annotation> annotations, RegistryDetector.Snapshot snapshot) {
        ComplianceCheck check = new ComplianceCheck(article.publication.jurisdictions, dateOf(article),
                article.publication.labelPolicy, snapshot.organizations(), listAges(article.publication.jurisdictions, snapshot));
        List<EditorDecision> decisions = annotations.stream().filter(a -> a.kind == AnnotationKind.DESIGNATION)
                .map(this::decisionOf).filter(Objects::nonNull).toList();
        return check.check(snapshot.detector().detect(article.text, article.language), decisions);
    }

    /** The lists of these jurisdictions, aged as of today: the check is only as current as they are. */
    List<ListAge> listAges(List<String> jurisdictions, RegistryDetector.Snapshot snapshot) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return snapshot.lists().stream().filter(list -> jurisdictions.contains(list.jurisdiction())).map(list -> {
            long age = list.ageOn(today);
            return new ListAge(list.code(), list.jurisdiction(), list.asOf(), age, age > config.registry().listMaxAgeDays());
        }).toList();
    }

    /**
     * The day whose designations apply: the publication date, or today for an article not yet
     * dated (as it would be if published now). Days are UTC days.
     */
    static LocalDate dateOf(Article article) {
        return article.publishedAt == null ? LocalDate.now(ZoneOffset.UTC)
                : LocalDate.ofInstant(article.publishedAt, ZoneOffset.UTC);
    }

    private EditorDecision decisionOf(Annotation annotation) {
        AnnotationBody.Designation body = (AnnotationBody.Designation) bodies.of(annotation);
        if (annotation.target == null || annotation.target.exact == null) {
            return new EditorDecision(body.organization(), body.decision(), null, null, false);
        }
        return new EditorDecision(body.organization(), body.decision(), annotation.target.start, annotation.target.end,
                annotation.anchor == AnchorState.ORPHANED);
    }
}
