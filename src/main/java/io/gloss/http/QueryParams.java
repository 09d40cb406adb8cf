package io.gloss.http;

import java.util.List;
import java.util.Locale;

/**
 * Query parameters read by hand: JAX-RS answers an unparseable parameter with a bare 404, where a
 * client deserves a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant named by {@code value} (case-insensitive), or null when absent. */
    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }
}
