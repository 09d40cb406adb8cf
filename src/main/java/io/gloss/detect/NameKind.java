package io.gloss.detect;

/** How a registry name relates to its organisation; decides how strictly the detector matches it. */
public enum NameKind {
    PRIMARY,
    ALIAS,
    /** Matched only as written (case included) and counted only with support: "IS" must not catch "is". */
    ABBREVIATION,
    FORMER_NAME
}
