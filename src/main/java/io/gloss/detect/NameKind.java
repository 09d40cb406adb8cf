package io.gloss.detect;

/** How a name of an organisation is used, which decides how strictly it is matched. */
public enum NameKind {
    PRIMARY, ALIAS, ABBREVIATION, FORMER_NAME
}
