package io.gloss.publication;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.http.Formats;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/api/publications")
@Tag(name = "Publications", description = "Sites and their API keys (operator)")
public class PublicationResource {

    @Inject
    PublicationService publications;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public List<PublicationView> list() {
        return Publication.<Publication>listAll().stream().map(PublicationView::of).toList();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.ADMIN)
    public Response put(@PathParam("slug") @Pattern(regexp = Formats.SLUG, message = "must be lowercase letters, digits and dashes (at most 64)") String slug,
            @Valid @NotNull PublicationRequest request) {
        PublicationService.Upserted result = publications.upsert(slug, request);
        PublicationView view = PublicationView.of(result.publication());
        return result.created() ? Response.created(URI.create("/api/publications/" + slug)).entity(view).build()
                : Response.ok(view).build();
    }

    /** Operators see any publication; an editor key sees its own (the plugin reads locale and policy). */
    @GET
    @Path("{slug}")
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    @Transactional
    public PublicationView get(@PathParam("slug") String slug) {
        return PublicationView.of(caller.publication(slug));
    }

    @GET
    @Path("{slug}/keys")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public List<KeyView> keys(@PathParam("slug") String slug) {
        return ApiKey.listFor(caller.publication(slug)).stream().map(k -> KeyView.of(k, null)).toList();
    }

    @POST
    @Path("{slug}/keys")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response issueKey(@PathParam("slug") String slug, @Valid @NotNull KeyRequest request) {
        PublicationService.IssuedKey issued = publications.issueKey(caller.publication(slug), request);
        return Response.created(URI.create("/api/publications/" + slug + "/keys/" + issued.key().id))
                .entity(KeyView.of(issued.key(), issued.secret())).build();
    }

    @DELETE
    @Path("{slug}/keys/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void revokeKey(@PathParam("slug") String slug, @PathParam("id") long id) {
        publications.revokeKey(caller.publication(slug), id);
    }
}
