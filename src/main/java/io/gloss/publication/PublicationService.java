package io.gloss.publication;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.gloss.access.KeySecrets;
import io.gloss.access.Roles;
import io.gloss.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Publications and their keys: the operator's side of Gloss. */
@ApplicationScoped
public class PublicationService {

    public record Upserted(Publication publication, boolean created) {
    }

    /** A key as created: the only moment its secret exists outside the caller's hands. */
    public record IssuedKey(ApiKey key, String secret) {
    }

    @Transactional
    public Upserted upsert(String slug, PublicationRequest request) {
        Instant now = Instant.now();
        Publication publication = Publication.findBySlug(slug).orElse(null);
        boolean created = publication == null;
        if (created) {
            publication = new Publication();
            publication.slug = slug;
            publication.createdAt = now;
        }
        publication.name = request.name();
        publication.locale = request.locale();
        publication.jurisdictions = List.copyOf(Objects.requireNonNullElse(request.jurisdictions(), List.of()));
        publication.markerPolicy = Objects.requireNonNullElse(request.markerPolicy(), MarkerPolicy.FIRST);
        publication.labelPolicy = Objects.requireNonNullElse(request.labelPolicy(), LabelPolicy.AUTOMATIC);
        publication.allowedOrigins = List.copyOf(Objects.requireNonNullElse(request.allowedOrigins(), List.of()));
        publication.updatedAt = now;
        publication.persistAndFlush();
        return new Upserted(publication, created);
    }

    @Transactional
    public IssuedKey issueKey(Publication publication, KeyRequest request) {
        if (!Roles.EDITOR.equals(request.role())) {
            throw ProblemException.invalid("role", "publication keys carry the role 'editor'; the operator key comes from configuration");
        }
        String secret = KeySecrets.newKey();
        ApiKey key = new ApiKey();
        key.publication = publication;
        key.role = request.role();
        key.label = request.label();
        key.keyHash = KeySecrets.hash(secret);
        key.keyHint = KeySecrets.hint(secret);
        key.createdAt = Instant.now();
        key.persistAndFlush();
        return new IssuedKey(key, secret);
    }

    @Transactional
    public void revokeKey(Publication publication, long keyId) {
        ApiKey key = ApiKey.<ApiKey>findByIdOptional(keyId)
                .filter(k -> k.publication.id.equals(publication.id))
                .orElseThrow(() -> ProblemException.notFound("No key " + keyId + " in publication " + publication.slug));
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
    }
}
