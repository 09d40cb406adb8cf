package io.gloss;

import java.util.function.Supplier;

import org.hibernate.StaleStateException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Two writes that met in the database, as the cause chain of a failure tells it (the commit usually
 * wraps it). Each kind means the failed write changed nothing and may be tried again.
 */
public enum WriteCollision {
    /** The row changed since it was read (a lost optimistic lock). */
    STALE,
    /** A unique key was taken by a simultaneous create. */
    DUPLICATE,
    /** A row lock was waited for too long. */
    LOCK_TIMEOUT;

    /**
     * Runs {@code work} (a transaction of its own) again while it fails on a collision, pausing a little
     * longer each time; after {@code attempts} tries, or on any other failure, the failure stands.
     */
    public static <T> T retrying(int attempts, Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (of(e) == null || attempt >= attempts) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2_000, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a write", e);
        }
    }

    /** The collision behind {@code failure}, or null when it is none. */
    public static WriteCollision of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return STALE;
            }
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof org.hibernate.PessimisticLockException) {
                return LOCK_TIMEOUT;
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return DUPLICATE;
            }
        }
        return null;
    }
}
