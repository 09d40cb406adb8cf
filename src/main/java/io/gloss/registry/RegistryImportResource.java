package io.gloss.registry;

import java.io.StringReader;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.http.ProblemException;
import io.gloss.http.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/registry/import")
@Tag(name = "Registry")
public class RegistryImportResource {

    @Inject
    RegistryImport imports;

    /**
     * Imports a CSV file ({@code format=csv}) or FollowTheMoney JSON lines ({@code format=ftm});
     * answers with what was created, updated or left unchanged and every line that was not imported.
     */
    @POST
    @Consumes({ "text/csv", "application/x-ndjson", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ADMIN)
    public RegistryImport.Report importFile(@QueryParam("format") String format, String file) {
        RegistryImport.Format parsed = QueryParams.optionalEnum("format", format, RegistryImport.Format.class);
        if (parsed == null) {
            throw ProblemException.badRequest("format", "is required: csv or ftm");
        }
        return imports.run(parsed, new StringReader(file));
    }
}
