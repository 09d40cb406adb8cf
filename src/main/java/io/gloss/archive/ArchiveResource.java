package io.gloss.archive;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.http.PublicAddresses;
import io.gloss.http.QueryParams;
import io.gloss.publication.Caller;

/** A whole publication out of Gloss as JSON-LD lines, for another system or another Gloss, and back in. */
@Path("/api/publications/{slug}")
@RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
@Tag(name = "Archive", description = "A whole publication exported as JSON-LD lines, and imported into an empty one")
public class ArchiveResource {

    /** One JSON document a line (JSON Lines); each line is JSON-LD with its own context. */
    public static final String JSON_LINES = "application/x-ndjson";

    @Inject
    PublicationExport export;

    @Inject
    PublicationImport imports;

    @Inject
    Caller caller;

    @Inject
    PublicAddresses addresses;

    @GET
    @Path("/export")
    @Produces(JSON_LINES)
    @Operation(summary = "Every live article with its text and revision, then its annotations as Web Annotations, a line each; "
            + "history=true: each annotation with its recorded changes")
    public Response export(@PathParam("slug") String slug, @QueryParam("history") String history, @Context UriInfo uri) {
        long publication = caller.publication(slug).id;
        boolean withHistory = QueryParams.optionalBoolean("history", history);
        String base = addresses.base(uri);
        StreamingOutput lines = output -> export.write(publication, base, withHistory, output);
        return Response.ok(lines, JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".jsonl\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    /**
     * Reads an export into this publication, which must have no articles yet: all of it, or (on any
     * problem, named with its line) nothing.
     */
    @POST
    @Path("/import")
    @Consumes({ JSON_LINES, "application/jsonl", MediaType.APPLICATION_JSON })
    @Operation(summary = "Reads an export (its JSON-LD lines) into this empty publication; a problem names its line, and nothing is kept")
    public PublicationImport.Imported importLines(@PathParam("slug") String slug, InputStream lines) {
        return imports.read(caller.publication(slug).id, caller.operator(), lines);
    }
}
