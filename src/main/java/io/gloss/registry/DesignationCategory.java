package io.gloss.registry;

/** What a jurisdiction designated an organisation as; wording of footnotes differs per category. */
public enum DesignationCategory {
    TERRORIST, EXTREMIST, UNDESIRABLE, FOREIGN_AGENT
}
