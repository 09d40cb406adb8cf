package io.gloss.publication;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A key as listed; {@code key} (the secret) is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyView(Long id, String role, String label, String hint, Instant createdAt, Instant revokedAt, String key) {

    static KeyView of(ApiKey k, String secret) {
        return new KeyView(k.id, k.role, k.label, k.keyHint, k.createdAt, k.revokedAt, secret);
    }
}
