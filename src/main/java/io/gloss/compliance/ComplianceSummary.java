package io.gloss.compliance;

import java.util.TreeSet;

import io.gloss.Sha256;

/**
 * A compliance report reduced to what a registry change can alter — which organisations are owed
 * where, labelled or not, and what waits for review — so two reports can be compared by digest.
 */
public record ComplianceSummary(ComplianceReport.Status status, String text) {

    public static ComplianceSummary of(ComplianceReport report) {
        TreeSet<String> facts = new TreeSet<>();
        report.items().forEach(item -> facts.add(item.jurisdiction() + ":" + item.organization() + ":"
                + (item.labelled() ? "labelled" : "missing")));
        report.review().forEach(weak -> facts.add("review:" + weak.organization()));
        // The age of the lists is not the article's doing: a rescan reports what it owes.
        ComplianceReport.Status status = report.status().ofLabels();
        return new ComplianceSummary(status, status + " " + String.join(" ", facts));
    }

    public String fingerprint() {
        return Sha256.hex(text);
    }
}
