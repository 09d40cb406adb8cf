package io.gloss.annotation;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Forgets idempotency keys after {@code gloss.limits.idempotency-window}: a client retries within minutes,
 * and a key kept for ever would refuse a deliberate new annotation made years later with a reused key.
 */
@ApplicationScoped
public class IdempotencyKeyExpiry {

    @ConfigProperty(name = "gloss.limits.idempotency-window", defaultValue = "24H")
    Duration window;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        expire();
    }

    /** Answers how many keys it forgot. */
    @Transactional
    long expire() {
        return IdempotencyKey.deleteOlderThan(Instant.now().minus(window));
    }
}
