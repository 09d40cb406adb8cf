package io.gloss.http;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Refuses oversized requests by their declared length, before the body is read, with a problem
 * document. Bodies without Content-Length are still capped by quarkus.http.limits.max-body-size.
 */
public class RequestSizeLimit {

    @ConfigProperty(name = "gloss.limits.max-request-bytes")
    long maxRequestBytes;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= maxRequestBytes) {
                return null;
            }
        } catch (NumberFormatException e) {
            return ProblemException.badRequest(null, "Content-Length is not a number").problem().toResponse();
        }
        return Problem.of(413, "Content Too Large",
                "The request body is larger than " + maxRequestBytes + " bytes", java.util.List.of()).toResponse();
    }
}
