package io.gloss.demo;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.gloss.article.Article;
import io.gloss.publication.Publication;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The front door: the demo article as readers see it, and the way to the API docs. */
@Path("/")
public class LandingResource {

    @CheckedTemplate(basePath = "landing")
    static class Templates {
        static native TemplateInstance index(String demoPage, String demoBase);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(hidden = true)
    public TemplateInstance index() {
        boolean demo = Publication.findBySlug(DemoData.PUBLICATION)
                .flatMap(p -> Article.findByExternalId(p, DemoData.ARTICLE)).isPresent();
        String base = "/embed/" + DemoData.PUBLICATION + "/" + DemoData.ARTICLE;
        return demo ? Templates.index(base + "/page", base) : Templates.index(null, null);
    }
}
