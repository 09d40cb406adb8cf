package io.gloss.http;

import java.util.regex.Pattern;

/**
 * The requests whose bodies go to their resource as they arrive instead of being read whole first: a
 * publication's import, which may be far larger than any other request. They are an editor's or the
 * operator's, a few at a time (gloss.limits.concurrent-imports), and bounded by
 * quarkus.http.limits.max-body-size. Both filters that ask see the same path however it was sent: after
 * any root path, and with its escapes decoded.
 */
public final class StreamedUploads {

    private static final Pattern IMPORT = Pattern.compile("(?:/.*)?/api/publications/[^/]+/import/?");

    private StreamedUploads() {
    }

    public static boolean isStreamed(String method, String path) {
        return "POST".equals(method) && path != null && IMPORT.matcher(path).matches();
    }
}
