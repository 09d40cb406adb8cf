package io.gloss.annotation;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.http.ProblemException;
import io.gloss.http.RequestProblems;

/**
 * The one codec of annotation bodies: each kind's JSON read as its own type, checked, and stored in
 * one canonical form. Requests and stored rows are read here and nowhere else.
 */
@ApplicationScoped
public class AnnotationBodies {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** A body a client sent, read as its kind's type and validated; problems name the fields under "body". */
    public AnnotationBody fromRequest(AnnotationKind kind, JsonNode body) {
        AnnotationBody read;
        try {
            read = json.treeToValue(body, kind.bodyType());
        } catch (JsonProcessingException e) {
            throw RequestProblems.unreadable(e, "body");
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("body", e.getMessage());
        }
        Set<ConstraintViolation<AnnotationBody>> violations = validator.validate(read);
        if (!violations.isEmpty()) {
            throw RequestProblems.invalid(violations, "body");
        }
        return read;
    }

    /** The canonical JSON a body is stored as; refused when it is too long once encoded. */
    public String toStored(AnnotationBody body) {
        String canonical;
        try {
            canonical = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated body always serialises", e);
        }
        // Field limits count characters; JSON escapes control characters six-fold.
        if (canonical.length() > Annotation.MAX_BODY_JSON) {
            throw ProblemException.invalid("body", "is longer than " + Annotation.MAX_BODY_JSON
                    + " characters once encoded as JSON (control characters count six each)");
        }
        return canonical;
    }

    /** A stored annotation's body as its kind's type. */
    public AnnotationBody of(Annotation annotation) {
        try {
            return json.readValue(annotation.body, annotation.kind.bodyType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored annotation body is not readable: annotation " + annotation.id, e);
        }
    }
}
