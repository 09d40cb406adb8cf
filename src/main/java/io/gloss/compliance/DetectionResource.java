package io.gloss.compliance;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.article.Article;
import io.gloss.detect.Detection;
import io.gloss.http.LanguageTag;
import io.gloss.registry.RegistryDetector;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Detection on any text, for a CMS checking a draft before it exists in Gloss. */
@Path("/api/detect")
@Tag(name = "Compliance")
public class DetectionResource {

    public record DetectRequest(
            @NotNull @Size(max = Article.MAX_BODY_CHARS) String text,
            @LanguageTag String language) {
    }

    @Inject
    RegistryDetector registry;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
    public Detection detect(@Valid @NotNull DetectRequest request) {
        return registry.current().detector().detect(request.text(), request.language()).abridged();
    }
}
