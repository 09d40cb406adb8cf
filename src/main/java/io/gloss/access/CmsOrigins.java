package io.gloss.access;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Context;

/**
 * The CMS origins a publication lets call its API from a browser (CORS). Kept for a few seconds, so
 * a browser's preflight and request cost no database read each; a changed list applies within
 * {@link #REFRESH}.
 */
@ApplicationScoped
public class CmsOrigins {

    static final Duration REFRESH = Duration.ofSeconds(10);

    @Inject
    KeyDirectory keys;

    private final Cache<String, List<String>> origins = Caffeine.newBuilder().expireAfterWrite(REFRESH)
            .maximumSize(10_000).build();

    /** Whether {@code origin} (scheme, host and port, as a browser sends it) is one of the publication's CMS origins. */
    public boolean allows(String slug, String origin) {
        if (origin == null || slug == null) {
            return false;
        }
        // Some answers (errors before a worker takes the request) are finished on the event loop, which
        // must not wait for the database: there only what the preflight just loaded counts.
        List<String> allowed = Context.isOnEventLoopThread() ? origins.getIfPresent(slug)
                : origins.get(slug, s -> QuarkusTransaction.requiringNew()
                        .call(() -> keys.cmsOrigins(s)));
        if (allowed == null) {
            return false;
        }
        String asked = origin.toLowerCase(Locale.ROOT);
        return allowed.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(asked));
    }
}
