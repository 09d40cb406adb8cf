package io.gloss.access;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * CORS for a publication's API and its Web Annotation containers, only for the CMS origins the
 * publication lists: the preflight, and the headers on every answer (errors included, so the CMS can
 * read Gloss's problem document). Public reads of a container are open to every origin; their
 * resource says so itself.
 */
public class CorsFilters {

    private static final List<String> SCOPED = List.of("/api/publications/", "/annotations/");
    /** What a page on another origin may read of an answer: the Web Annotation Protocol's headers among them. */
    public static final String EXPOSED = "Allow, Accept-Post, Content-Location, ETag, Link, Location, Vary, Idempotency-Replayed, Retry-After";

    @Inject
    CmsOrigins origins;

    /**
     * Answers a browser's preflight before routing (the resources have no OPTIONS of their own). The
     * origin check may read the database, so it runs on a worker thread.
     */
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> preflight(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        String path = request.getUriInfo().getPath();
        if (!"OPTIONS".equals(request.getMethod()) || origin == null
                || request.getHeaderString("Access-Control-Request-Method") == null || slugOf(path) == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(() -> {
            Response.ResponseBuilder answer = Response.noContent().header("Vary", "Origin");
            if (origins.allows(slugOf(path), origin)) {
                answer.header("Access-Control-Allow-Origin", origin)
                        .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS, POST, PUT, DELETE")
                        .header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match, If-None-Match, Prefer, Idempotency-Key")
                        .header("Access-Control-Max-Age", "600");
            }
            return answer.build();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The publication a scoped path belongs to, or null for a path CORS leaves alone. */
    private static String slugOf(String path) {
        for (String prefix : SCOPED) {
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            }
        }
        return null;
    }

    @ServerResponseFilter
    public void allowListedOrigin(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        String path = request.getUriInfo().getPath();
        String slug = slugOf(path);
        if (origin == null || slug == null || response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            return;
        }
        if (origins.allows(slug, origin)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED);
            response.getHeaders().add("Vary", "Origin");
        }
    }
}
