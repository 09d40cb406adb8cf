package io.gloss.publication;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.gloss.access.KeyDirectory;

/** The publications' keys and CMS origins, as authentication looks them up (see {@link KeyDirectory}). */
@ApplicationScoped
public class PublicationKeyDirectory implements KeyDirectory {

    @Override
    public Optional<ActiveKey> activeKey(String keyHash) {
        return ApiKey.findActiveByHash(keyHash)
                .map(key -> new ActiveKey(key.id, key.label, key.role, key.publication.slug));
    }

    @Override
    public List<String> cmsOrigins(String slug) {
        return Publication.findBySlug(slug).map(p -> List.copyOf(p.allowedOrigins)).orElse(List.of());
    }
}
