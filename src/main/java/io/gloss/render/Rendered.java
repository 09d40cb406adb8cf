package io.gloss.render;

import java.time.Instant;

/** One output ready to send: its content, media type and strong ETag (unquoted), and when the article became public. */
public record Rendered(String content, String mediaType, String etag, String surrogateKey, Instant publishedAt,
        boolean preview) {
}
