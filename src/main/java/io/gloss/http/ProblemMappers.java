package io.gloss.http;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.hibernate.exception.JDBCConnectionException;

import io.gloss.WriteCollision;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** Every error leaves Gloss as {@code application/problem+json}: one mapper per kind of failure. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final long UNHANDLED_LOG_EVERY = TimeUnit.MINUTES.toNanos(1);
    /** Per kind of unhandled error: when it was last logged (nanoTime) and how many were not logged since. */
    private static final Map<String, long[]> UNHANDLED = new ConcurrentHashMap<>();
    private static final String CHALLENGE = "Bearer realm=\"gloss\"";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = e.problem().toResponse();
        return e.retryAfter() == null ? response : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfter()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return RequestProblems.invalid(e.getConstraintViolations(), null).problem().toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return RequestProblems.unreadable(e, null).problem().toResponse();
    }

    /** Named on its own: Quarkus ships a mapper for this subtype that would otherwise answer with an empty 400. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return RequestProblems.unreadable(e, null).problem().toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return withChallenge(Problem.of(Status.UNAUTHORIZED, "An API key is required: Authorization: Bearer <key>"));
    }

    @ServerExceptionMapper
    public Response badKey(AuthenticationFailedException e) {
        Integer status = e.getAttribute(ProblemException.STATUS_ATTRIBUTE);
        if (status != null) {
            return Response.fromResponse(Problem.of(Status.fromStatusCode(status), e.getMessage()).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, e.getAttribute(ProblemException.RETRY_AFTER_ATTRIBUTE)).build();
        }
        return withChallenge(Problem.of(Status.UNAUTHORIZED, "The API key is unknown or revoked"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Status.FORBIDDEN, "This key's role may not do that").toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return RequestProblems.unreadable(unreadable, null).problem().toResponse();
        }
        int status = e.getResponse().getStatus();
        Status known = Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return Problem.of(status, title, e.getMessage(), List.of()).toResponse();
    }

    /**
     * Concurrent writes that collide in the database arrive wrapped (often by the commit), so the
     * cause chain decides: a lost optimistic lock is a stale edit (412), a unique key taken by a
     * simultaneous create is a conflict the client may retry (409), a lock waited for too long is a 503 with
     * Retry-After (nothing was written). Anything else is our bug.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        WriteCollision collision = WriteCollision.of(e);
        if (collision == WriteCollision.STALE) {
            return Problem.of(Status.PRECONDITION_FAILED, "Someone else changed this resource meanwhile; fetch it again").toResponse();
        }
        if (collision == WriteCollision.LOCK_TIMEOUT) {
            return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE,
                    "Another change of this article is under way; nothing was changed, retry").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        if (collision == WriteCollision.DUPLICATE) {
            return Problem.of(Status.CONFLICT, "Another request wrote the same resource at the same time; retry").toResponse();
        }
        if (databaseUnreachable(e)) {
            // The connection may have broken during the commit, so "not done" cannot be promised: a create
            // retried with the same Idempotency-Key answers with what a committed first try made.
            LOG.warnf("The database is unreachable: %s", e.getMessage());
            return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE,
                    "Gloss cannot reach its database right now. Retry after a moment; a create retried with the same "
                            + "Idempotency-Key is made once, and a change retried with the same If-Match is refused if it was made").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        logUnhandled(e);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "Gloss could not complete the request; the error is logged")
                .toResponse();
    }

    /**
     * Each kind of unhandled error (its type and where it was thrown) is logged with its stack trace at
     * most once a minute, then counted: anonymous clients repeating a request that fails must not fill
     * the disk with the same trace.
     */
    private static void logUnhandled(Exception e) {
        StackTraceElement[] trace = e.getStackTrace();
        String kind = e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
        long now = System.nanoTime();
        long[] entry = UNHANDLED.computeIfAbsent(kind, k -> new long[] { now - UNHANDLED_LOG_EVERY, 0 });
        synchronized (entry) {
            if (now - entry[0] >= UNHANDLED_LOG_EVERY) {
                long suppressed = entry[1];
                entry[0] = now;
                entry[1] = 0;
                LOG.error(suppressed == 0 ? "Unhandled error"
                        : "Unhandled error (" + suppressed + " more of this kind in the last minute were not logged)", e);
            } else {
                entry[1]++;
            }
        }
    }

    /**
     * A database that went away (restarted, network cut): connection errors, SQL states of class 08
     * (connection exception) and 57 (the server shut the session down), or a pool that could not hand
     * out a connection in time.
     */
    static boolean databaseUnreachable(Throwable failure) {
        return databaseUnreachable(failure, 0);
    }

    // Suppressed exceptions too: a failed commit's RollbackException carries the broken connection's
    // SQLException only as a suppressed one (as found by the fault group: a 500 during a PostgreSQL restart).
    private static boolean databaseUnreachable(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57"))
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (databaseUnreachable(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Response withChallenge(Problem problem) {
        return Response.status(problem.status()).type(Problem.PROBLEM_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).entity(problem).build();
    }

}
