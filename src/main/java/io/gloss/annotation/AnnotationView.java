package io.gloss.annotation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** An annotation as the API shows it. */
public record AnnotationView(Long id, AnnotationKind kind, AnnotationStatus status, TargetView target,
        @JsonRawValue String body, AnchorState anchor, long version, String createdBy, Instant createdAt,
        String updatedBy, Instant updatedAt) {

    public record TargetView(String exact, String prefix, String suffix, Integer start, Integer end) {
    }

    public static AnnotationView of(Annotation a) {
        Passage t = a.target;
        TargetView target = t == null || t.exact == null ? null : new TargetView(t.exact, t.prefix, t.suffix, t.start, t.end);
        return new AnnotationView(a.id, a.kind, a.status, target, a.body, a.anchor, a.version, a.createdBy,
                a.createdAt, a.updatedBy, a.updatedAt);
    }
}
