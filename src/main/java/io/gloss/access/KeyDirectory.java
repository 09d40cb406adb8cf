package io.gloss.access;

import java.util.List;
import java.util.Optional;

/**
 * What authentication needs to know of the keys and CMS origins that publications hold. Access is
 * more basic than every feature it guards, so it declares what it needs here and the publication
 * feature, which owns keys and origins, provides it.
 */
public interface KeyDirectory {

    /** The key with this SHA-256 hash, unless there is none or it was revoked. */
    Optional<ActiveKey> activeKey(String keyHash);

    /** The CMS origins publication {@code slug} lets call the API from a browser; empty if it has none or does not exist. */
    List<String> cmsOrigins(String slug);

    /** An active key as authentication sees it: who holds it and for which publication. */
    record ActiveKey(long id, String label, String role, String publicationSlug) {

        /** The name recorded as author of what the key's holder changes. */
        public String principalName() {
            return label == null ? "key-" + id : label + " (key-" + id + ")";
        }
    }
}
