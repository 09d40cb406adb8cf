package io.gloss.http;

import jakarta.ws.rs.core.EntityTag;

/**
 * Strong entity tags derived from stored versions, and the If-Match check that keeps two editors
 * from silently overwriting each other.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(String kind, Long id, long version) {
        return new EntityTag(kind + "-" + id + "-v" + version);
    }

    /** The tag as it travels in ETag and If-Match headers, quotes included. */
    public static String quoted(EntityTag tag) {
        return "\"" + tag.getValue() + "\"";
    }

    /**
     * Passes when the client sent no If-Match, sent "*", or named the current tag; otherwise the
     * client edited a stale copy and gets 412.
     */
    public static void requireMatch(String ifMatch, EntityTag current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(quoted(current))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(
                "If-Match " + ifMatch + " does not match the current version " + quoted(current));
    }
}
