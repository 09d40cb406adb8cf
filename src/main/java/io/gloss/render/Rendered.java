package io.gloss.render;

/** One output ready to send: its content, media type, strong ETag (unquoted) and CDN surrogate key. */
public record Rendered(String content, String mediaType, String etag, String surrogateKey, boolean preview) {
}
