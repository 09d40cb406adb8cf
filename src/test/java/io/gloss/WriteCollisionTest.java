package io.gloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

class WriteCollisionTest {

    @Test
    void aWrappedCollisionIsRecognisedThroughTheCauseChain() {
        assertThat(WriteCollision.of(new RollbackException(new OptimisticLockException("row changed")))).isEqualTo(WriteCollision.STALE);
        assertThat(WriteCollision.of(new IllegalStateException("bug"))).isNull();
    }

    @Test
    void workThatCollidesIsRunAgainUntilItGoesThrough() {
        AtomicInteger tries = new AtomicInteger();
        // As found: a rescan batch failed once on an OptimisticLockException and the whole scan was FAILED.
        String result = WriteCollision.retrying(5, () -> {
            if (tries.incrementAndGet() < 3) {
                throw new RollbackException(new OptimisticLockException("an editor saved the article"));
            }
            return "scanned";
        });
        assertThat(result).isEqualTo("scanned");
        assertThat(tries).hasValue(3);
    }

    @Test
    void anyOtherFailureOrTooManyCollisionsStand() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> WriteCollision.retrying(5, () -> {
            tries.incrementAndGet();
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(1);
        AtomicInteger collisions = new AtomicInteger();
        assertThatThrownBy(() -> WriteCollision.retrying(3, () -> {
            collisions.incrementAndGet();
            throw new OptimisticLockException();
        })).isInstanceOf(OptimisticLockException.class);
        assertThat(collisions).hasValue(3);
    }
}
