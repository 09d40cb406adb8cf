package io.gloss.registry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.GlossConfig;
import io.gloss.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The official lists behind the registry, and how old each copy is. */
@Path("/api/registry/lists")
@Tag(name = "Registry", description = "Organisations and their designations")
public class RegistryListResource {

    @Inject
    RegistryLists lists;

    @Inject
    GlossConfig config;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    @Transactional
    public List<RegistryListView> all() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return RegistryList.all().stream().map(list -> RegistryListView.of(list, today, config.registry().listMaxAgeDays())).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    @Transactional
    public RegistryListView get(@PathParam("code") String code) {
        return RegistryListView.of(lists.find(code), LocalDate.now(ZoneOffset.UTC), config.registry().listMaxAgeDays());
    }
}
