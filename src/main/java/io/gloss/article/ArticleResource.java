package io.gloss.article;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.http.QueryParams;
import io.gloss.publication.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/publications/{slug}/articles")
@RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
@Tag(name = "Articles", description = "Article text pushed by the CMS; annotations anchor on it")
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    Caller caller;

    @PathParam("slug")
    String slug;

    /** Most recently updated first, without body and text. */
    @GET
    @Transactional
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class, type = SchemaType.ARRAY)))
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo request) {
        QueryParams.Paging paging = QueryParams.paging(page, size, 50, 500);
        return paging.answer(Article.page(caller.publication(slug), paging.page(), paging.size()).stream()
                .map(ArticleView::summary).toList(), request);
    }

    @PUT
    @Path("{externalId}")
    @Transactional
    public Response put(@PathParam("externalId") @Size(max = 200) String externalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ArticleRequest request) {
        ArticleService.Upserted result = articles.upsert(caller.publication(slug), externalId, request, ifMatch,
                caller.name());
        ArticleView view = ArticleView.of(result.article(), result.orphaned());
        Response.ResponseBuilder response = result.created() ? Response.created(location(externalId)) : Response.ok();
        return response.tag(ArticleService.etag(result.article())).entity(view).build();
    }

    @GET
    @Path("{externalId}")
    @Transactional
    public Response get(@PathParam("externalId") String externalId) {
        Article article = articles.find(caller.publication(slug), externalId);
        return Response.ok(ArticleView.of(article, null)).tag(ArticleService.etag(article)).build();
    }

    @DELETE
    @Path("{externalId}")
    @Transactional
    public void delete(@PathParam("externalId") String externalId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        articles.delete(caller.publication(slug), externalId, ifMatch);
    }

    private URI location(String externalId) {
        return UriBuilder.fromResource(ArticleResource.class).path("{externalId}").build(slug, externalId);
    }
}
