package io.gloss.detect;

/** How a registry name relates to its organisation; decides how strictly the detector matches it. */
public enum NameKind {
    PRIMARY,
    ALIAS,
    /** Matched only as written (case included) and counted only with support: "IS" must not catch "is". */
    ABBREVIATION,
    FORMER_NAME,
    /**
     * A word for members or an adjective that names the organisation ("игиловцы", "талибы", "азовцы"):
     * Russian reporting uses these constantly, and a label must follow them as it follows the name.
     * Written in lower case as a rule, so lower case here is no sign of a generic phrase.
     */
    DERIVED
}
