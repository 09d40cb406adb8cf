package io.gloss.annotation;

/** What an annotation adds to an article; each kind has its own body. */
public enum AnnotationKind {
    DESIGNATION(AnnotationBody.Designation.class),
    SOURCE(AnnotationBody.Source.class),
    RELATED_LINK(AnnotationBody.RelatedLink.class),
    FOOTNOTE(AnnotationBody.Footnote.class);

    private final Class<? extends AnnotationBody> bodyType;

    AnnotationKind(Class<? extends AnnotationBody> bodyType) {
        this.bodyType = bodyType;
    }

    public Class<? extends AnnotationBody> bodyType() {
        return bodyType;
    }
}
