package io.gloss.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class FailedKeyAttemptsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final FailedKeyAttempts attempts = new FailedKeyAttempts(3, now::get);

    @Test
    void aClientIsBlockedAfterItsFailuresOfTheMinuteUntilTheMinuteEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(attempts.blocked("10.0.0.1")).isFalse();
            attempts.failed("10.0.0.1");
        }
        assertThat(attempts.blocked("10.0.0.1")).isTrue();
        assertThat(attempts.blocked("10.0.0.2")).as("other clients are not affected").isFalse();
        now.addAndGet(FailedKeyAttempts.WINDOW_NANOS);
        assertThat(attempts.blocked("10.0.0.1")).isFalse();
        attempts.failed("10.0.0.1");
        assertThat(attempts.blocked("10.0.0.1")).as("a new window counts from one").isFalse();
    }
}
