package io.gloss.compliance;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.article.ArticleRequest;
import io.gloss.article.ArticleService;
import io.gloss.detect.Detection;
import io.gloss.publication.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
        return compliance.mentions(articles.find(caller.publication(slug), externalId)).abridged();
    }

    @GET
    @Path("compliance")
    @Transactional
    public ComplianceReport compliance() {
        return compliance.check(articles.find(caller.publication(slug), externalId)).abridged();
    }

    /**
     * What the article would owe with this text, before anything is stored: the CMS's pre-publish check
     * asks with the text being published. The article is changed as a PUT would change it (annotations
     * re-anchored, editors' decisions kept), checked, and the transaction rolled back, so the stored
     * article, its history and what readers see stay as they were.
     */
    @POST
    @Path("compliance/preview")
    @Transactional
    public ComplianceReport preview(@Valid @NotNull ArticleRequest request) {
        ComplianceReport report = compliance.check(
                articles.upsert(caller.publication(slug), externalId, request, null, caller.name()).article());
        QuarkusTransaction.setRollbackOnly();
        return report.abridged();
    }
}
