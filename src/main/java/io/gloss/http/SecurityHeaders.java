package io.gloss.http;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

/**
 * Headers every answer carries, and a Content-Security-Policy on every HTML answer (as found: /body was
 * HTML without CSP or nosniff, so a {@code <script>} in an article ran on Gloss's own origin). The embed
 * page is made to be framed by the outlet's site and runs Gloss's one script; fragments and bodies are
 * for CMSs and run nothing at all, wherever they are opened.
 */
public class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src * data:; font-src *; frame-src *; base-uri 'none'; form-action 'none'; frame-ancestors *";
    static final String FRAGMENT_POLICY = "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'; sandbox";
    static final String OWN_PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void addTo(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE) || headers.containsKey("Content-Security-Policy")) {
            return;
        }
        String path = request.getUriInfo().getPath();
        headers.putSingle("Content-Security-Policy", path.startsWith("/embed/") && path.endsWith("/page") ? PAGE_POLICY
                : path.startsWith("/embed/") ? FRAGMENT_POLICY : OWN_PAGE_POLICY);
    }
}
