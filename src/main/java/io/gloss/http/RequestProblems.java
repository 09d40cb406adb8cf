package io.gloss.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * The problem a request's content causes, naming the fields at fault as the client wrote them: for
 * the mappers, and for services that read a nested part of a request themselves (an annotation's
 * body, a registry entry in an import).
 */
public final class RequestProblems {

    private RequestProblems() {
    }

    /** 422 naming each violated field; {@code prefix} places a nested object's fields (e.g. "body"). */
    public static ProblemException invalid(Set<? extends ConstraintViolation<?>> violations, String prefix) {
        return ProblemException.invalid(violations.stream()
                .map(v -> new Problem.FieldError(prefixed(prefix, fieldOf(v)), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList());
    }

    /** 400 for JSON that cannot be read into the expected shape, naming the field where it can. */
    public static ProblemException unreadable(JsonProcessingException e, String prefix) {
        if (e instanceof JsonParseException) {
            return ProblemException.badRequest(prefix, "not valid JSON: " + e.getOriginalMessage());
        }
        String field = e instanceof JsonMappingException m ? pathOf(m) : null;
        return ProblemException.badRequest(field == null ? prefix : prefixed(prefix, field), reasonOf(e));
    }

    private static String prefixed(String prefix, String field) {
        return prefix == null ? field : field.equals("body") ? prefix : prefix + "." + field;
    }

    /**
     * The violated property as the client named it: a path parameter by its name, a body field by
     * its path inside the body (the Java method and parameter names are ours, not the client's).
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean wholeParameter = node.getKind() == ElementKind.PARAMETER && i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE
                    || (node.getKind() == ElementKind.PARAMETER && !wholeParameter)) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String reasonOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field; expected one of " + StreamSupport.stream(u.getKnownPropertyIds().spliterator(), false)
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            return "'" + abbreviated(String.valueOf(f.getValue())) + "' is not " + describe(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + describe(m.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String abbreviated(String value) {
        return value.length() <= 80 ? value : value.substring(0, value.offsetByCodePoints(0, Math.min(77, value.codePointCount(0, value.length())))) + "...";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return switch (type.getSimpleName()) {
            case "Instant", "OffsetDateTime" -> "a date-time (ISO 8601 with offset, e.g. 2019-05-28T09:30:00+03:00)";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "String" -> "a string";
            case "Boolean", "boolean" -> "true or false";
            default -> "a JSON object";
        };
    }
}
