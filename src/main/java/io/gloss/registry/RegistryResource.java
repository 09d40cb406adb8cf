package io.gloss.registry;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.hibernate.envers.query.AuditEntity;

import io.gloss.access.Roles;
import io.gloss.audit.ChangeHistory;
import io.gloss.http.Formats;
import io.gloss.http.ProblemException;
import io.gloss.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** The designation registry: the operator changes it; editors may read it (the plugin shows labels). */
@Path("/api/registry/organizations")
@Tag(name = "Registry", description = "Organisations and their designations")
public class RegistryResource {

    @Inject
    RegistryService registry;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    @Transactional
    public List<OrganizationView> list(@QueryParam("q") String query, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams.Paging paging = QueryParams.paging(page, size, 50, 500);
        return Organization.search(query, paging.page(), paging.size()).stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("{slug}")
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    @Transactional
    public Response get(@PathParam("slug") String slug) {
        Organization organization = registry.find(slug);
        return Response.ok(OrganizationView.of(organization)).tag(RegistryService.etag(organization)).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response put(@PathParam("slug") @Pattern(regexp = Formats.SLUG, message = "must be lowercase letters, digits and dashes (at most 64)") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OrganizationEntry entry) {
        RegistryService.Upserted result = registry.upsert(slug, entry, ifMatch);
        Response.ResponseBuilder response = result.created()
                ? Response.created(UriBuilder.fromResource(RegistryResource.class).path("{slug}").build(slug))
                : Response.ok();
        return response.tag(RegistryService.etag(result.organization())).entity(OrganizationView.of(result.organization()))
                .build();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void delete(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        registry.delete(slug, ifMatch);
    }

    @GET
    @Path("{slug}/history")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public List<ChangeHistory.Entry<OrganizationView>> history(@PathParam("slug") String slug) {
        // By slug, so the history of a deleted (or deleted and re-created) organisation stays readable.
        List<ChangeHistory.Entry<OrganizationView>> entries = history.of(Organization.class,
                List.of(AuditEntity.property("slug").eq(slug)), OrganizationView::of);
        if (entries.isEmpty()) {
            throw ProblemException.notFound("No organisation '" + slug + "' was ever in the registry");
        }
        return entries;
    }
}
