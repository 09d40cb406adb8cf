package io.gloss.annotation;

/** Whether an annotation's passage was found in the article's current revision. */
public enum AnchorState {
    ANCHORED,
    /** The passage is gone or ambiguous; the annotation waits for an editor and shows nowhere. */
    ORPHANED
}
