package io.gloss.annotation;

import java.time.Instant;


import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.gloss.GlossConfig;

/**
 * Forgets idempotency keys after {@code gloss.limits.idempotency-config.limits().idempotencyWindow()}: a client retries within minutes,
 * and a key kept for ever would refuse a deliberate new annotation made years later with a reused key.
 */
@ApplicationScoped
public class IdempotencyKeyExpiry {

    @Inject
    GlossConfig config;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        expire();
    }

    /** Answers how many keys it forgot. */
    @Transactional
    long expire() {
        return IdempotencyKey.deleteOlderThan(Instant.now().minus(config.limits().idempotencyWindow()));
    }
}
