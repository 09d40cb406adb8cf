package io.gloss.publication;

/** Whether detected mentions of designated organisations are labelled without an editor. */
public enum LabelPolicy {
    /** Every detected mention is labelled unless an editor rejects it (the default). */
    AUTOMATIC,
    /** Only mentions an editor confirmed are labelled; the rest count as missing. */
    EDITOR_CONFIRMS
}
