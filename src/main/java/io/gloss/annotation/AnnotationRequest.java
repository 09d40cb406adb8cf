package io.gloss.annotation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.gloss.anchoring.TextQuote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An annotation as an editor sends it. {@code target} may hold any part of the selectors (Gloss
 * fills in the rest from the article's text); {@code status} defaults to DRAFT on creation and stays
 * as it was when an update leaves it out. {@code body} is checked against the kind's body type by
 * the service, so its errors can name fields inside it. Fields of a GET that only Gloss sets may be
 * sent back and are ignored.
 */
@JsonIgnoreProperties(value = { "id", "anchor", "version", "createdBy", "createdAt", "updatedBy", "updatedAt" })
public record AnnotationRequest(
        @NotNull AnnotationKind kind,
        AnnotationStatus status,
        @Valid TextQuote target,
        @NotNull ObjectNode body) {
}
