package io.gloss.annotation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.gloss.anchoring.TextQuote;
import io.gloss.http.ETags;

/**
 * An annotation as the API shows it. {@code etag} is the tag a client sends back in If-Match to change
 * or delete this version, also for annotations it read from a list (which carries no ETag header).
 * The Web Annotation fields ({@code targetSource}, {@code canonical}, {@code via}) appear only when set.
 */
public record AnnotationView(Long id, AnnotationKind kind, AnnotationStatus status, TextQuote target,
        @JsonRawValue String body, AnchorState anchor, long version, String etag, String createdBy, Instant createdAt,
        String updatedBy, Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String targetSource,
        @JsonInclude(JsonInclude.Include.NON_NULL) String canonical, @JsonInclude(JsonInclude.Include.NON_NULL) String via) {

    public static AnnotationView of(Annotation a) {
        TextQuote target = a.target == null || a.target.exact == null ? null : a.target.toQuote();
        return new AnnotationView(a.id, a.kind, a.status, target, a.body, a.anchor, a.version,
                ETags.quoted(AnnotationService.etag(a)), a.createdBy,
                a.createdAt, a.updatedBy, a.updatedAt, a.targetSource, a.canonical, a.via);
    }
}
