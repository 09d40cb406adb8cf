package io.gloss.publication;

import io.gloss.access.Roles;
import io.gloss.http.ProblemException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, and what they may see. Editor keys are scoped to one publication: any other
 * publication answers 404 exactly as if it did not exist, so its existence does not leak either.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    /** A reader without a key: sees only what is published. */
    public boolean anonymous() {
        return identity.isAnonymous();
    }

    /** The operator's key: every publication, and what only the operator may do. */
    public boolean operator() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The name recorded as author of a change. */
    public String name() {
        return identity.getPrincipal().getName();
    }

    /** The publication the caller may work on, or 404. */
    public Publication publication(String slug) {
        String scope = identity.getAttribute(Roles.PUBLICATION_ATTRIBUTE);
        if (!operator() && (scope == null || !scope.equals(slug))) {
            throw noSuchPublication(slug);
        }
        return Publication.findBySlug(slug).orElseThrow(() -> noSuchPublication(slug));
    }

    /** For an editor's preview of public outputs: a key is required there, though the outputs are public. */
    public Publication previewer(String slug) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return publication(slug);
    }

    private static ProblemException noSuchPublication(String slug) {
        return ProblemException.notFound("No publication '" + slug + "'");
    }
}
