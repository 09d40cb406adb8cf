package io.gloss.annotation;

import java.time.Instant;

/**
 * What an import restores of an annotation beyond what an editor sends: its state, and who made and
 * last changed it, when. {@code anchor} null: about the whole article.
 */
public record Restored(AnnotationStatus status, AnchorState anchor, String createdBy, Instant createdAt, String updatedBy,
        Instant updatedAt) {
}
