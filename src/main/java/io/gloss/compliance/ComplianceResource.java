package io.gloss.compliance;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Caller;
import io.gloss.access.Roles;
import io.gloss.article.ArticleService;
import io.gloss.detect.Detection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/publications/{slug}/articles/{externalId}")
@RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
@Tag(name = "Compliance", description = "Designated organisations an article mentions, and whether each is labelled")
public class ComplianceResource {

    @Inject
    ArticleService articles;

    @Inject
    ComplianceService compliance;

    @Inject
    Caller caller;

    @PathParam("slug")
    String slug;

    @PathParam("externalId")
    String externalId;

    @GET
    @Path("mentions")
    @Transactional
    public Detection mentions() {
        return compliance.mentions(articles.find(caller.publication(slug), externalId));
    }

    @GET
    @Path("compliance")
    @Transactional
    public ComplianceReport compliance() {
        return compliance.check(articles.find(caller.publication(slug), externalId));
    }
}
