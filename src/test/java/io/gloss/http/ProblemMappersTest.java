package io.gloss.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;

/** Database collisions reach the mapper wrapped, often by the commit; the cause decides the status. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void lostOptimisticLockInsideACommitFailureIsStaleEdit() {
        var response = mappers.unexpected(new RuntimeException("commit failed",
                new PersistenceException(new OptimisticLockException("row was updated"))));
        assertThat(response.getStatus()).isEqualTo(412);
        assertThat(((Problem) response.getEntity()).detail()).contains("changed this resource");
    }

    @Test
    void uniqueKeyTakenBySimultaneousCreateIsConflict() {
        var response = mappers.unexpected(new RuntimeException(new ConstraintViolationException(
                "duplicate key", new SQLException("duplicate key value", "23505"), "uk_article_external_id")));
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void aDatabaseThatWentAwayIsUnavailableWithRetryAfterNotAnInternalError() {
        // As found: PostgreSQL restarted mid-traffic and requests answered 500.
        var terminated = mappers.unexpected(new PersistenceException(new JDBCConnectionException("could not execute statement",
                new SQLException("terminating connection due to administrator command", "57P01"))));
        var refused = mappers.unexpected(new RuntimeException(new SQLException("Connection refused", "08001")));
        var pool = mappers.unexpected(new RuntimeException(new SQLException("Sorry, acquisition timeout!")));
        // As found by the fault group: a key lookup's commit failed during the restart, and the
        // transaction manager's RollbackException carries the broken connection only as suppressed.
        var rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        var commit = mappers.unexpected(new RuntimeException(rollback));
        for (var response : List.of(terminated, refused, pool, commit)) {
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(((Problem) response.getEntity()).detail()).contains("Idempotency-Key");
        }
    }

    @Test
    void aLockWaitedForTooLongIsUnavailableWithRetryAfter() {
        var response = mappers.unexpected(new PersistenceException(new PessimisticLockException("lock timeout")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutDetails() {
        var response = mappers.unexpected(new IllegalStateException("secret internals"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("secret");
    }
}
