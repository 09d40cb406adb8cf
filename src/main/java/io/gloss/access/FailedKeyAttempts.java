package io.gloss.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.gloss.http.ProblemException;
import io.quarkus.security.AuthenticationFailedException;

/**
 * Failed key attempts per client, in windows of one minute: past the limit, a client's keys are not
 * even looked up until its window ends, so nobody guesses keys at the server's speed. Plain Java.
 */
public final class FailedKeyAttempts {

    static final long WINDOW_NANOS = 60_000_000_000L;

    // Bounded memory under a flood of addresses: past this many clients, windows that ended are dropped.
    private static final int PRUNE_ABOVE = 10_000;

    private final int limit;
    private final LongSupplier clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    public FailedKeyAttempts(int limitPerMinute, LongSupplier nanoClock) {
        this.limit = limitPerMinute;
        this.clock = nanoClock;
    }

    /** Whether the client used up its failed attempts of this minute. */
    public boolean blocked(String client) {
        long[] window = windows.get(client);
        return window != null && clock.getAsLong() - window[0] < WINDOW_NANOS && window[1] >= limit;
    }

    /**
     * The refusal of a blocked client: a 429 with Retry-After, told to the problem mappers by the
     * exception's attributes (the class is final, and the mappers do not know this package).
     */
    public static AuthenticationFailedException refusal() {
        return new AuthenticationFailedException("Too many unknown keys from this client; wait a minute",
                Map.of(ProblemException.STATUS_ATTRIBUTE, 429, ProblemException.RETRY_AFTER_ATTRIBUTE, "60"));
    }

    public void failed(String client) {
        long now = clock.getAsLong();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> now - w[0] >= WINDOW_NANOS);
        }
        windows.compute(client, (k, window) -> window == null || now - window[0] >= WINDOW_NANOS
                ? new long[] { now, 1 } : new long[] { window[0], window[1] + 1 });
    }
}
