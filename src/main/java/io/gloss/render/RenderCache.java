package io.gloss.render;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered outputs kept in memory, each with the stored versions it was rendered from. An entry is
 * served without asking the database for at most {@code revalidateAfter}; after that the versions are
 * read again (cheap) and the entry is kept only if they are unchanged. So every node reflects a change
 * committed through any node within {@code revalidateAfter}. A size of 0 turns caching off (every
 * request renders), which the benchmark uses to measure the uncached path.
 */
public final class RenderCache<K, S> {

    public record Entry<S>(S stamp, Rendered rendered, long checkedAt) {
    }

    private final Cache<K, Entry<S>> entries;
    private final long revalidateAfterNanos;
    private final LongSupplier nanoClock;
    private final boolean enabled;

    public RenderCache(Duration revalidateAfter, long maxEntries, LongSupplier nanoClock) {
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).build();
        this.revalidateAfterNanos = revalidateAfter.toNanos();
        this.nanoClock = nanoClock;
        this.enabled = maxEntries > 0;
    }

    /** An entry checked recently enough to serve as is. */
    public Optional<Rendered> fresh(K key) {
        Entry<S> entry = entries.getIfPresent(key);
        if (entry == null || nanoClock.getAsLong() - entry.checkedAt() >= revalidateAfterNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.rendered());
    }

    /** The entry if it was rendered from {@code stamp}; it then counts as checked now. */
    public Optional<Rendered> validated(K key, S stamp) {
        Entry<S> entry = entries.getIfPresent(key);
        if (entry == null || !entry.stamp().equals(stamp)) {
            return Optional.empty();
        }
        entries.put(key, new Entry<>(stamp, entry.rendered(), nanoClock.getAsLong()));
        return Optional.of(entry.rendered());
    }

    public void put(K key, S stamp, Rendered rendered) {
        if (!enabled) {
            return;
        }
        entries.put(key, new Entry<>(stamp, rendered, nanoClock.getAsLong()));
    }

    public void clear() {
        entries.invalidateAll();
    }
}
