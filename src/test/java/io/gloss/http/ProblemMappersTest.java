package io.gloss.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

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
    void anythingElseIsAnInternalErrorWithoutDetails() {
        var response = mappers.unexpected(new IllegalStateException("secret internals"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("secret");
    }
}
