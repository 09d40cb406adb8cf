package io.gloss.http;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/**
 * Thrown by domain code to end a request with a problem document. Domain classes stay free of
 * JAX-RS responses; the mapper turns this into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    /** On an AuthenticationFailedException (a final class): the status to answer instead of 401, and its Retry-After. */
    public static final String STATUS_ATTRIBUTE = "gloss.status";
    public static final String RETRY_AFTER_ATTRIBUTE = "gloss.retry-after";


    private final transient Problem problem;
    /** Seconds a client should wait before it tries again (Retry-After); null when it says nothing of that. */
    private final Integer retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Integer retryAfter) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    public Integer retryAfter() {
        return retryAfter;
    }

    /** The same problem told otherwise (as found in a part of a file, say), still asking for the same wait. */
    public ProblemException as(Problem told) {
        return new ProblemException(told, retryAfter);
    }

    /** 503: busy now, nothing was done; retry after {@code seconds}. */
    public static ProblemException unavailable(String detail, int seconds) {
        return new ProblemException(Problem.of(Status.SERVICE_UNAVAILABLE, detail), seconds);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(Status.NOT_FOUND, detail));
    }

    /** 409: the request is fine but the resource's state no longer allows it. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(Status.CONFLICT, detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(Status.PRECONDITION_FAILED, detail));
    }

    /** 422: well-formed JSON whose values break a rule. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(Problem.of(422, "Unprocessable Content", detail, errors));
    }

    /** 400: the request could not be read as the API expects (syntax, types, formats). */
    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problem.of(400, "Bad Request", field == null ? message : field + ": " + message,
                field == null ? List.of() : List.of(new Problem.FieldError(field, message))));
    }
}
