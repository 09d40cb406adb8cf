package io.gloss.http;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.gloss.GlossConfig;

/**
 * Refuses oversized requests by their declared length, before the body is read, with a problem
 * document. Bodies without Content-Length are capped as they are read (SlowClients).
 */
public class RequestSizeLimit {

    // Filters are created while Quarkus starts, before the runtime configuration exists: read it per request.
    @Inject
    Provider<GlossConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        if (StreamedUploads.isStreamed(request.getMethod(), request.getUriInfo().getPath())) {
            // Bounded by quarkus.http.limits.max-body-size, as it arrives.
            return null;
        }
        long limit = config.get().limits().maxRequestBytes();
        try {
            if (Long.parseLong(length.trim()) <= limit) {
                return null;
            }
        } catch (NumberFormatException e) {
            return ProblemException.badRequest(null, "Content-Length is not a number").problem().toResponse();
        }
        return Problem.of(413, "Content Too Large",
                "The request body is larger than " + limit + " bytes", java.util.List.of()).toResponse();
    }
}
