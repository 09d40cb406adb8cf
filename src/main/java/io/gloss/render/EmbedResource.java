package io.gloss.render;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.GlossConfig;
import io.gloss.http.PublicAddresses;
import io.gloss.http.QueryParams;
import io.gloss.publication.Caller;

/**
 * What readers see: public once the article's publishedAt has passed, cacheable by browsers and CDNs
 * (strong ETag, 304, Surrogate-Key naming the article). {@code ?preview=true} with an editor key shows
 * drafts and is never cached.
 */
@Path("/embed/{slug}")
@Tag(name = "Embeds", description = "The annotated article as readers see it")
public class EmbedResource {

    /** The page runs only its own resize script; the article's scripts are not run on Gloss's origin. */
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
            + "img-src https: http: data:; media-src https: http:; frame-src https:; base-uri 'none'; form-action 'none'";

    /** The link relation by which a page names its annotations' container (Web Annotation Protocol, discovery). */
    static final String ANNOTATION_SERVICE = "http://www.w3.org/ns/oa#annotationService";

    @Inject
    EmbedService embeds;

    @Inject
    PublicAddresses addresses;

    @Inject
    Caller caller;

    @Inject
    GlossConfig config;

    @PathParam("slug")
    String slug;

    @QueryParam("preview")
    String preview;

    @Context
    Request request;

    @GET
    @Path("/{externalId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The annotation blocks (footnotes, source line, related links) as an HTML fragment")
    public Response blocks(@PathParam("externalId") String externalId) {
        return respond(externalId, Output.BLOCKS);
    }

    @GET
    @Path("/{externalId}/body")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The article's HTML with footnote markers")
    public Response body(@PathParam("externalId") String externalId) {
        return respond(externalId, Output.BODY);
    }

    @GET
    @Path("/{externalId}/article")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "For a CMS to show in place of the post: body with markers and related links between paragraphs, then the blocks")
    public Response article(@PathParam("externalId") String externalId) {
        return respond(externalId, Output.ARTICLE);
    }

    @GET
    @Path("/{externalId}/page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A standalone page for an iframe: body, related links between paragraphs, blocks")
    public Response page(@PathParam("externalId") String externalId) {
        return respond(externalId, Output.PAGE);
    }

    @GET
    @Path("/{externalId}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same content as data, with schema.org JSON-LD")
    public Response json(@PathParam("externalId") String externalId) {
        return respond(externalId, Output.JSON);
    }

    private Response respond(String externalId, Output output) {
        boolean previewing = QueryParams.optionalBoolean("preview", preview);
        Rendered rendered = previewing ? embeds.preview(caller.previewer(slug), externalId, output)
                : embeds.published(slug, externalId, output);
        EntityTag tag = new EntityTag(rendered.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(rendered.content(), rendered.mediaType());
        response.tag(tag).header("Surrogate-Key", rendered.surrogateKey());
        if (rendered.preview()) {
            response.header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        } else {
            response.header(HttpHeaders.CACHE_CONTROL, config.render().cacheControl()).header("Access-Control-Allow-Origin", "*");
        }
        if (output == Output.PAGE) {
            response.header("Content-Security-Policy", PAGE_POLICY);
        }
        if (output == Output.PAGE || output == Output.JSON) {
            // Discovery by the Web Annotation Protocol; relative unless gloss.public-url is set, as this answer is cached for all.
            String container = PublicAddresses.annotationContainer(addresses.configuredBase().orElse(""), slug, externalId);
            response.header("Link", "<" + container + ">; rel=\"" + ANNOTATION_SERVICE + "\"");
        }
        return response.build();
    }
}
