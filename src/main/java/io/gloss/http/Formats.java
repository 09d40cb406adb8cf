package io.gloss.http;

/** Formats shared by requests across the API. */
public final class Formats {

    /** Publication slugs: what a URL path segment can carry without escaping. */
    public static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";
    /** A BCP 47 language tag, loosely: language plus optional subtags. */
    public static final String LOCALE = "[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*";
    public static final String JURISDICTION = "[A-Z]{2}";
    /** A web origin: scheme, host and optional port, no path. */
    public static final String ORIGIN = "https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?";

    private Formats() {
    }
}
