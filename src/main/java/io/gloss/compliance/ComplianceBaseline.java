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

    /** Records the article's compliance now; answers the new summary if it differs from the one recorded before. */
    public ComplianceSummary record(Article article) {
        ComplianceSummary summary = ComplianceSummary.of(compliance.check(article));
        String fingerprint = summary.fingerprint();
        if (fingerprint.equals(article.complianceFingerprint)) {
            return null;
        }
        article.complianceStatus = summary.status().name();
        article.complianceFingerprint = fingerprint;
        return summary;
    }
}
