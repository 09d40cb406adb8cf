package io.gloss.compliance;

import io.gloss.annotation.AnnotationBody.Decision;

/**
 * An editor's DESIGNATION annotation as the check reads it: about one organisation, on a passage
 * ({@code start}/{@code end}, code points) or on the whole article (both null). {@code orphaned}:
 * the passage was lost in a later revision.
 */
public record EditorDecision(String organization, Decision decision, Integer start, Integer end, boolean orphaned) {

    boolean coversWholeArticle() {
        return start == null;
    }

    boolean overlaps(int from, int to) {
        return coversWholeArticle() || (start < to && from < end);
    }
}
