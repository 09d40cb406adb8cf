package io.gloss.compliance;

import io.gloss.article.Article;
import io.gloss.article.ArticleChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps each article's last known compliance current, so that after a registry change the rescan
 * can tell which articles the change affected (and not those an editor changed meanwhile).
 */
@ApplicationScoped
public class ComplianceBaseline {

    @Inject
    ComplianceService compliance;

    void onChange(@Observes ArticleChanged event) {
        record(event.article());
    }

    /** The status last recorded for the article, or null if none was. */
    public String recordedStatus(Article article) {
        KnownCompliance known = KnownCompliance.findById(article.id);
        return known == null ? null : known.status;
    }

    /** Records the article's compliance now; answers the new summary if it differs from the one recorded before. */
    public ComplianceSummary record(Article article) {
        ComplianceSummary summary = ComplianceSummary.of(compliance.check(article));
        String fingerprint = summary.fingerprint();
        KnownCompliance known = KnownCompliance.findById(article.id);
        if (known != null && fingerprint.equals(known.fingerprint)) {
            return null;
        }
        boolean first = known == null;
        if (first) {
            known = new KnownCompliance();
            known.articleId = article.id;
        }
        known.status = summary.status().name();
        known.fingerprint = fingerprint;
        if (first) {
            known.persist();
        }
        return summary;
    }
}
