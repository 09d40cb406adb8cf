package io.gloss.webannotation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The JSON-LD context of Gloss's own Web Annotation terms, linked from every annotation; public and long cacheable. */
@Path(WebAnnotationJson.GLOSS_CONTEXT_PATH)
@Tag(name = "Web Annotation")
public class GlossContextResource {

    static final String JSON_LD = "application/ld+json";

    private static final String CONTEXT = read("/webannotation/gloss.jsonld");

    @GET
    @Produces(JSON_LD)
    public Response context() {
        return Response.ok(CONTEXT).header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").build();
    }

    private static String read(String resource) {
        try (InputStream in = GlossContextResource.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
