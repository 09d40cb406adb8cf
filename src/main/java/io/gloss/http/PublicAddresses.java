package io.gloss.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import io.gloss.GlossConfig;

/**
 * The absolute addresses Gloss hands to other sites and clients (oEmbed, Web Annotation ids), all
 * built here: from gloss.public-url, else from the request. An answer built from the request's Host
 * header must not be cached for others, as any client sets that header ({@link #configured()}).
 */
@ApplicationScoped
public class PublicAddresses {

    @Inject
    GlossConfig config;

    /** Whether absolute addresses come from gloss.public-url rather than from the request's Host header. */
    public boolean configured() {
        return config.publicUrl().isPresent();
    }

    /** The base of absolute addresses, without a trailing slash. */
    public String base(UriInfo request) {
        return withoutTrailingSlash(config.publicUrl().orElse(request.getBaseUri().toString()));
    }

    /** The configured base, if any: for pages cached whatever the Host header said. */
    public Optional<String> configuredBase() {
        return config.publicUrl().map(PublicAddresses::withoutTrailingSlash);
    }

    /** An article's standalone embed page. */
    public static String embedPage(String base, String slug, String externalId) {
        return base + "/embed/" + segment(slug) + "/" + segment(externalId) + "/page";
    }

    /** An article's Web Annotation container; it ends in "/" as the protocol asks. */
    public static String annotationContainer(String base, String slug, String externalId) {
        return base + "/annotations/" + segment(slug) + "/" + segment(externalId) + "/";
    }

    /** A value as one path segment. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String withoutTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
