package io.gloss.audit;

import org.hibernate.envers.RevisionListener;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/** Stamps each revision with the key that made the change ("system" for start-up work such as demo data). */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).actor = currentActor();
    }

    /** Who is making the current change: the key, or {@value #SYSTEM}. */
    public static String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
