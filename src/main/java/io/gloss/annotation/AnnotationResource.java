package io.gloss.annotation;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.article.Article;
import io.gloss.article.ArticleService;
import io.gloss.audit.ChangeHistory;
import io.gloss.http.QueryParams;
import io.gloss.publication.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/publications/{slug}/articles/{externalId}/annotations")
@RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
@Tag(name = "Annotations", description = "Designations, sources, related links and footnotes of an article")
public class AnnotationResource {

    @Inject
    ArticleService articles;

    @Inject
    AnnotationService annotations;

    @Inject
    AnnotationHistory history;

    @Inject
    Caller caller;

    @PathParam("slug")
    String slug;

    @PathParam("externalId")
    String externalId;

    /** In the order they were created, {@code size} (up to 1000, 500 unless given) a page. */
    @GET
    @Transactional
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnnotationView.class, type = SchemaType.ARRAY)))
    public Response list(@QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo request) {
        QueryParams.Paging paging = QueryParams.paging(page, size, 500, 1000);
        List<AnnotationView> views = Annotation.pageFor(article(), QueryParams.optionalEnum("kind", kind, AnnotationKind.class),
                QueryParams.optionalEnum("status", status, AnnotationStatus.class), paging.page(), paging.size())
                .stream().map(AnnotationView::of).toList();
        return paging.answer(views, request);
    }

    /**
     * Creates an annotation. With an {@code Idempotency-Key} header (any printable ASCII, at most 255), a
     * retried or doubled request answers with the annotation the first one created
     * ({@code Idempotency-Replayed: true}) instead of creating another.
     */
    @POST
    @Transactional
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull AnnotationRequest request) {
        AnnotationService.Created created = annotations.create(article(), request, caller.name(), idempotencyKey);
        Response.ResponseBuilder response = Response.created(location(created.annotation()))
                .tag(AnnotationService.etag(created.annotation())).entity(AnnotationView.of(created.annotation()));
        return created.replayed() ? response.header("Idempotency-Replayed", "true").build() : response.build();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Annotation annotation = annotations.find(article(), id);
        return Response.ok(AnnotationView.of(annotation)).tag(AnnotationService.etag(annotation)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AnnotationRequest request) {
        Annotation updated = annotations.update(article(), id, request, ifMatch, caller.name());
        return Response.ok(AnnotationView.of(updated)).tag(AnnotationService.etag(updated)).build();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        annotations.delete(article(), id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Transactional
    public List<ChangeHistory.Entry<AnnotationView>> history(@PathParam("id") long id) {
        return history.of(articles.findIncludingDeleted(caller.publication(slug), externalId), id);
    }

    private Article article() {
        return articles.find(caller.publication(slug), externalId);
    }

    private URI location(Annotation annotation) {
        return UriBuilder.fromResource(AnnotationResource.class).path("{id}").build(slug, externalId, annotation.id);
    }
}
