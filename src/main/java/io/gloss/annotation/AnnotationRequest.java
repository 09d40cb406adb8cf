package io.gloss.annotation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.gloss.anchoring.TextQuote;
import io.gloss.http.AbsoluteIri;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An annotation as an editor sends it. {@code target} may hold any part of the selectors (Gloss
 * fills in the rest from the article's text); {@code status} defaults to DRAFT on creation and stays
 * as it was when an update leaves it out. {@code body} is checked against the kind's body type by
 * the service, so its errors can name fields inside it. Fields of a GET that only Gloss sets may be
 * sent back and are ignored.
 * <p>
 * The last three come with annotations from other systems (Web Annotation): {@code targetSource}, the
 * IRI of another resource the annotation is about instead of its article; {@code canonical} and
 * {@code via}, its IRIs there, kept unchanged once set. Left out of the request's JSON when absent, so
 * an Idempotency-Key sent before they existed still names the same request.
 */
@JsonIgnoreProperties(value = { "id", "anchor", "version", "etag", "createdBy", "createdAt", "updatedBy", "updatedAt" })
public record AnnotationRequest(
        @NotNull AnnotationKind kind,
        AnnotationStatus status,
        @Valid TextQuote target,
        @NotNull ObjectNode body,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = Annotation.MAX_IRI) @AbsoluteIri String targetSource,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = Annotation.MAX_IRI) @AbsoluteIri String canonical,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = Annotation.MAX_IRI) @AbsoluteIri String via) {

    /** An annotation of its article, made in Gloss. */
    public AnnotationRequest(AnnotationKind kind, AnnotationStatus status, TextQuote target, ObjectNode body) {
        this(kind, status, target, body, null, null, null);
    }
}
