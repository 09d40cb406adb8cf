package io.gloss.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Query parameters read by hand: JAX-RS answers an unparseable parameter with a bare 404, where a
 * client deserves a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number within [min, max], or {@code absent} when the parameter is missing. */
    public static int optionalInt(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw ProblemException.badRequest(name, "must be a whole number from " + min + " to " + max);
    }

    /** A page of a list: its number (from 0) and size. */
    public record Paging(int page, int size) {

        /**
         * The list as an answer; a full page carries {@code Link: <…?page=n+1>; rel="next"} (RFC 8288), so a
         * client reads on until a page comes without one.
         */
        public <T> Response answer(List<T> items, UriInfo request) {
            Response.ResponseBuilder answer = Response.ok(items);
            if (items.size() == size) {
                URI next = request.getRequestUriBuilder().replaceQueryParam("page", page + 1).replaceQueryParam("size", size).build();
                answer.link(next, "next");
            }
            return answer.build();
        }
    }

    /**
     * {@code page} and {@code size}, the size within [1, maxSize]; the page at most as far as a list can
     * reach (the page times its size is an offset the database must take: ?page=2147483647 overflowed it).
     */
    public static Paging paging(String page, String size, int defaultSize, int maxSize) {
        int pageSize = optionalInt("size", size, defaultSize, 1, maxSize);
        return new Paging(optionalInt("page", page, 0, 0, Integer.MAX_VALUE / pageSize), pageSize);
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

    /** true or false; false when absent. Anything else is refused rather than read as false. */
    public static boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }
}
