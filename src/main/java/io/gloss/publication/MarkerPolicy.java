package io.gloss.publication;

/** Which mentions of a designated organisation carry a marker in the published text. */
public enum MarkerPolicy {
    /** The first mention of each organisation. */
    FIRST,
    /** Every mention. */
    EVERY
}
