package io.gloss.annotation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An annotation as an editor sends it. {@code body} is checked against the kind's body type by
 * the service, so its errors can name fields inside it. Fields of a GET that only Gloss sets may be
 * sent back and are ignored.
 */
@JsonIgnoreProperties(value = { "id", "anchor", "version", "createdBy", "createdAt", "updatedBy", "updatedAt" })
public record AnnotationRequest(
        @NotNull AnnotationKind kind,
        AnnotationStatus status,
        @Valid TargetRequest target,
        @NotNull ObjectNode body) {

    /** Any part of the selectors; Gloss fills in the rest from the article's text. */
    public record TargetRequest(
            @Size(max = 5000) String exact,
            @Size(max = 200) String prefix,
            @Size(max = 200) String suffix,
            @PositiveOrZero Integer start,
            @PositiveOrZero Integer end) {
    }
}
