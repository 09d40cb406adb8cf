package io.gloss.access;

/** The roles an API key carries. */
public final class Roles {

    /** The operator: publications, keys, registry; also every editor action on any publication. */
    public static final String ADMIN = "admin";
    /** A publication's editors (through their CMS): articles and annotations of that publication. */
    public static final String EDITOR = "editor";

    /** Identity attribute holding the slug of the publication an editor key belongs to. */
    public static final String PUBLICATION_ATTRIBUTE = "gloss.publication";

    private Roles() {
    }
}
