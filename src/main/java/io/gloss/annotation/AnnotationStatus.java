package io.gloss.annotation;

/** Readers see PUBLISHED annotations only; DRAFT ones show in editor previews. */
public enum AnnotationStatus {
    DRAFT, PUBLISHED
}
