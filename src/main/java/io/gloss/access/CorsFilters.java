package io.gloss.access;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * CORS for a publication's API, only for the CMS origins the publication lists: the preflight, and
 * the headers on every answer (errors included, so the CMS can read Gloss's problem document).
 */
public class CorsFilters {

    private static final String API = "/api/publications/";

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
                || request.getHeaderString("Access-Control-Request-Method") == null || !path.startsWith(API)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(() -> {
            Response.ResponseBuilder answer = Response.noContent().header("Vary", "Origin");
            if (origins.allows(slugOf(path), origin)) {
                answer.header("Access-Control-Allow-Origin", origin)
                        .header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
                        .header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match, If-None-Match")
                        .header("Access-Control-Max-Age", "600");
            }
            return answer.build();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String slugOf(String path) {
        String rest = path.substring(API.length());
        return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    }

    @ServerResponseFilter
    public void allowListedOrigin(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        String path = request.getUriInfo().getPath();
        if (origin == null || !path.startsWith(API) || response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            return;
        }
        if (origins.allows(slugOf(path), origin)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag, Location");
            response.getHeaders().add("Vary", "Origin");
        }
    }
}
