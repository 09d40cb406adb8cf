package io.gloss.compliance;

import java.time.LocalDate;
import java.util.List;

import io.gloss.detect.MatchReason;
import io.gloss.registry.DesignationCategory;

/**
 * What an article owes: for each jurisdiction the publication follows, every organisation
 * designated there on the article's date that the article mentions, and whether each mention is
 * labelled. {@code status} is MISSING when any is not, else REVIEW when weak matches of designated
 * organisations wait for an editor, else OK.
 */
public record ComplianceReport(Status status, LocalDate date, List<Item> items, List<ReviewItem> review) {

    public enum Status {
        OK, MISSING, REVIEW
    }

    /** How a mention is (or is not) labelled. */
    public enum Label {
        /** Detected; the renderer adds marker and footnote. */
        AUTOMATIC,
        /** An editor confirmed it, or added it. */
        CONFIRMED,
        /** Not labelled: under EDITOR_CONFIRMS nobody confirmed it, or an editor's passage was lost. */
        NONE
    }

    public record Item(String jurisdiction, String organization, String name, DesignationCategory category,
            LocalDate listedOn, String authority, boolean labelled, List<MentionState> mentions) {
    }

    public record MentionState(String surface, Integer start, Integer end, MatchReason reason, Label label) {
    }

    public record ReviewItem(String organization, String surface, int start, int end, MatchReason reason,
            List<String> jurisdictions) {
    }
}
