package io.gloss.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gloss.http.ETags;
import io.gloss.http.ProblemException;
import io.gloss.http.RequestProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityTag;

/** Changes to the designation registry; each one bumps the registry revision. */
@ApplicationScoped
public class RegistryService {

    @Inject
    Validator validator;

    /** {@code changed}: the stored entry differs from before (always true for a created one). */
    public record Upserted(Organization organization, boolean created, boolean changed) {
    }

    public static EntityTag etag(Organization organization) {
        return ETags.of("organization", organization.id, organization.version);
    }

    public Organization find(String slug) {
        return Organization.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No organisation '" + slug + "' in the registry"));
    }

    @Transactional
    public Upserted upsert(String slug, OrganizationEntry entry, String ifMatch) {
        Organization organization = Organization.findBySlug(slug).orElse(null);
        boolean created = organization == null;
        if (created) {
            organization = new Organization();
            organization.slug = slug;
            organization.createdAt = Instant.now();
        } else {
            ETags.requireMatch(ifMatch, etag(organization));
        }
        boolean changed = write(organization, entry);
        return new Upserted(organization, created, changed);
    }

    @Transactional
    public void delete(String slug, String ifMatch) {
        Organization organization = find(slug);
        ETags.requireMatch(ifMatch, etag(organization));
        organization.delete();
        RegistryState.bump();
        Organization.flush();
    }

    /** The problems of an entry, with field paths, or none; for imports that report instead of throwing. */
    public List<String> problemsOf(OrganizationEntry entry) {
        Set<ConstraintViolation<OrganizationEntry>> violations = validator.validate(entry);
        List<String> problems = new ArrayList<>();
        if (!violations.isEmpty()) {
            RequestProblems.invalid(violations, null).problem().errors()
                    .forEach(error -> problems.add(error.field() + ": " + error.message()));
        }
        return problems;
    }

    private boolean write(Organization organization, OrganizationEntry entry) {
        Set<ConstraintViolation<OrganizationEntry>> violations = validator.validate(entry);
        if (!violations.isEmpty()) {
            throw RequestProblems.invalid(violations, null);
        }
        OrganizationEntry normalised = entry.normalised();
        if (normalised.equals(organization.entry)) {
            return false;
        }
        organization.entry = normalised;
        organization.canonicalName = normalised.canonicalName();
        organization.updatedAt = Instant.now();
        organization.persistAndFlush();
        RegistryState.bump();
        return true;
    }
}
