package io.gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RenderCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final RenderCache<String, Long> cache = new RenderCache<>(Duration.ofSeconds(1), 100, now::get);

    private static Rendered rendered(String content) {
        return new Rendered(content, "text/html", "tag-" + content, "key", false);
    }

    @Test
    void entryIsServedWithoutCheckingOnlyWithinTheBound() {
        cache.put("a", 1L, rendered("one"));
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(cache.fresh("a")).map(Rendered::content).contains("one");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.fresh("a")).isEmpty();
    }

    @Test
    void unchangedVersionsRenewTheEntryAndChangedOnesDropIt() {
        cache.put("a", 1L, rendered("one"));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(cache.validated("a", 1L)).map(Rendered::content).contains("one");
        assertThat(cache.fresh("a")).isPresent();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(cache.validated("a", 2L)).isEmpty();
    }

    @Test
    void sizeZeroKeepsNothing() {
        RenderCache<String, Long> off = new RenderCache<>(Duration.ofSeconds(1), 0, now::get);
        off.put("a", 1L, rendered("one"));
        assertThat(off.fresh("a")).isEmpty();
        assertThat(off.validated("a", 1L)).isEmpty();
    }
}
