package io.gloss.webannotation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.GlossConfig;
import io.gloss.Sha256;
import io.gloss.access.CorsFilters;
import io.gloss.access.Roles;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationService;
import io.gloss.annotation.AnnotationStatus;
import io.gloss.article.Article;
import io.gloss.article.ArticleService;
import io.gloss.http.ProblemException;
import io.gloss.http.PublicAddresses;
import io.gloss.http.QueryParams;
import io.gloss.publication.Caller;

/**
 * An article's annotations by the W3C Web Annotation Protocol: its container at
 * {@code /annotations/{slug}/{externalId}/}, each annotation at the container's IRI plus its id.
 * Readers without a key see the published annotations of a published article, as in the embeds; an
 * editor key of the publication sees drafts too and may write.
 */
@Path("/annotations/{slug}/{externalId}")
@Tag(name = "Web Annotation", description = "The same annotations as W3C Web Annotations, by the W3C Web Annotation Protocol")
public class AnnotationContainerResource {

    static final String CONTAINER_TYPE = "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\"";
    static final String CONSTRAINED_BY = "<http://www.w3.org/TR/annotation-protocol/>; rel=\"http://www.w3.org/ns/ldp#constrainedBy\"";
    static final String RESOURCE_TYPE = "<http://www.w3.org/ns/ldp#Resource>; rel=\"type\"";
    private static final String CONTAINER_METHODS = "POST, GET, OPTIONS, HEAD";
    private static final String ANNOTATION_METHODS = "PUT, GET, OPTIONS, HEAD, DELETE";

    @Inject
    AnnotationContainer container;

    @Inject
    ArticleService articles;

    @Inject
    Caller caller;

    @Inject
    PublicAddresses addresses;

    @Inject
    GlossConfig config;

    @Inject
    ObjectMapper json;

    @PathParam("slug")
    String slug;

    @PathParam("externalId")
    String externalId;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Path("/")
    @PermitAll
    @Transactional
    @Operation(summary = "The container (Prefer picks minimal, IRIs or descriptions), or one of its pages (?page=n)")
    public Response container(@QueryParam("page") String page, @QueryParam("iris") String iris) {
        String media = WebAnnotationMedia.negotiate(headers.getAcceptableMediaTypes());
        Article article = readable();
        AnnotationStatus visible = AnnotationContainer.visibleTo(caller.anonymous());
        Boolean contained = iris == null ? null : switch (iris) {
            case "0" -> false;
            case "1" -> true;
            default -> throw ProblemException.badRequest("iris", "must be 0 (whole annotations) or 1 (their IRIs)");
        };
        int index = QueryParams.optionalInt("page", page, -1, 0, Integer.MAX_VALUE);
        JsonNode answer;
        if (index >= 0) {
            answer = container.page(base(), article, visible, index, contained);
        } else {
            // ?iris= names a description as its Content-Location does, so that address answers as it says.
            ContainerPreference preference = contained == null ? ContainerPreference.of(headers.getRequestHeader("Prefer"))
                    : new ContainerPreference(false, contained ? ContainerPreference.Contained.IRIS : ContainerPreference.Contained.DESCRIPTIONS);
            answer = container.description(base(), article, visible, preference);
        }
        String content = write(answer);
        EntityTag tag = new EntityTag(Sha256.hex(content).substring(0, 32));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(content, media);
        return readerHeaders(containerHeaders(response.tag(tag)))
                .header("Content-Location", answer.get("id").asText()).build();
    }

    @OPTIONS
    @Path("/")
    @PermitAll
    @Transactional
    public Response containerOptions() {
        readable();
        return readerHeaders(containerHeaders(Response.ok())).build();
    }

    @POST
    @Path("/")
    @Consumes({ WebAnnotationMedia.JSON_LD, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    @Transactional
    @Operation(summary = "Creates an annotation from a Web Annotation; its canonical is kept, the id it had becomes via")
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, String sent) {
        String media = WebAnnotationMedia.negotiate(headers.getAcceptableMediaTypes());
        AnnotationService.Created created = container.create(base(), writable(), read(sent), caller.name(), idempotencyKey);
        Response.ResponseBuilder response = annotationAnswer(Response.status(Response.Status.CREATED), created.annotation(), media);
        response.header(HttpHeaders.LOCATION, WebAnnotationJson.annotationId(base(), created.annotation()));
        return (created.replayed() ? response.header("Idempotency-Replayed", "true") : response).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Transactional
    @Operation(summary = "One annotation as a W3C Web Annotation")
    public Response annotation(@PathParam("id") long id) {
        String media = WebAnnotationMedia.negotiate(headers.getAcceptableMediaTypes());
        Annotation annotation = container.find(readable(), id, AnnotationContainer.visibleTo(caller.anonymous()));
        EntityTag tag = AnnotationService.etag(annotation);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? annotationHeaders(unchanged.tag(tag))
                : annotationAnswer(Response.ok(), annotation, media);
        return readerHeaders(response).build();
    }

    @OPTIONS
    @Path("/{id}")
    @PermitAll
    @Transactional
    public Response annotationOptions(@PathParam("id") long id) {
        container.find(readable(), id, AnnotationContainer.visibleTo(caller.anonymous()));
        return readerHeaders(annotationHeaders(Response.ok())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes({ WebAnnotationMedia.JSON_LD, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    @Transactional
    @Operation(summary = "Replaces an annotation (If-Match with its ETag keeps two editors from overwriting each other)")
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String sent) {
        String media = WebAnnotationMedia.negotiate(headers.getAcceptableMediaTypes());
        Annotation replaced = container.replace(base(), writable(), id, read(sent), ifMatch, caller.name());
        return annotationAnswer(Response.ok(), replaced, media).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    @Transactional
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        container.delete(writable(), id, ifMatch);
        return annotationHeaders(Response.noContent()).build();
    }

    private Response.ResponseBuilder annotationAnswer(Response.ResponseBuilder response, Annotation annotation, String media) {
        return annotationHeaders(response.entity(write(container.describe(base(), annotation))).type(media)
                .tag(AnnotationService.etag(annotation)));
    }

    private static Response.ResponseBuilder containerHeaders(Response.ResponseBuilder response) {
        return response.header("Link", CONTAINER_TYPE).header("Link", CONSTRAINED_BY).header("Allow", CONTAINER_METHODS)
                .header("Accept-Post", WebAnnotationMedia.ANNOTATION).header(HttpHeaders.VARY, "Accept, Prefer, Authorization");
    }

    private static Response.ResponseBuilder annotationHeaders(Response.ResponseBuilder response) {
        return response.header("Link", RESOURCE_TYPE).header("Allow", ANNOTATION_METHODS)
                .header(HttpHeaders.VARY, "Accept, Authorization");
    }

    /**
     * Public reads are cacheable and readable from any origin, like the embeds, when their addresses do
     * not come from the Host header; an editor's are private (its origin is let in by the CORS filter).
     */
    private Response.ResponseBuilder readerHeaders(Response.ResponseBuilder response) {
        if (!caller.anonymous()) {
            return response.header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        return response.header(HttpHeaders.CACHE_CONTROL, addresses.configured() ? config.render().cacheControl() : "private, no-store")
                .header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers", CorsFilters.EXPOSED);
    }

    /** The article as this caller may read it: readers without a key only once it is published. */
    private Article readable() {
        if (caller.anonymous()) {
            return articles.findPublished(slug, externalId)
                    .orElseThrow(() -> ProblemException.notFound("No published article '" + externalId + "' in '" + slug + "'"));
        }
        return writable();
    }

    private Article writable() {
        return articles.find(caller.publication(slug), externalId);
    }

    private String base() {
        return addresses.base(uri);
    }

    private JsonNode read(String sent) {
        if (sent == null || sent.isBlank()) {
            throw ProblemException.badRequest(null, "a Web Annotation is required as the request's content");
        }
        try {
            return json.readTree(sent);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest(null, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Web Annotation always serialises", e);
        }
    }
}
