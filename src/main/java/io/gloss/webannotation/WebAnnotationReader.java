package io.gloss.webannotation;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.gloss.annotation.AnnotationKind;
import io.gloss.http.ProblemException;

/**
 * A Web Annotation a client sent, read into the request of Gloss's own API: the same model, so the
 * same checks follow. Gloss keeps what it can show or give back; a property it would drop, a motivation
 * or selector it has no place for, is refused naming the property rather than lost. What the server
 * sets ({@code id}, {@code created}, {@code creator} …) is ignored, as the protocol has the server set it.
 * The JSON-LD is read in its compacted form with the annotation context, the form the protocol asks
 * clients to send; Gloss's own terms keep their {@code gloss:} prefix.
 */
public final class WebAnnotationReader {

    private static final Set<String> ANNOTATION_PROPERTIES = Set.of("@context", "id", "type", "motivation", "body", "bodyValue",
            "target", "canonical", "via", "created", "modified", "creator", "generator", "generated", "gloss:status", "gloss:anchor");
    private static final Set<String> BODY_PROPERTIES = Set.of("id", "type", "value", "format", "purpose", "gloss:organization",
            "gloss:decision", "gloss:sourceType", "gloss:sourceUrl", "gloss:title", "gloss:relation", "gloss:afterParagraph");
    private static final Map<String, List<String>> SELECTOR_PROPERTIES = Map.of(
            "TextQuoteSelector", List.of("type", "exact", "prefix", "suffix"),
            "TextPositionSelector", List.of("type", "start", "end"));

    private WebAnnotationReader() {
    }

    /**
     * The annotation as a request of Gloss's API ({@code AnnotationRequest}'s JSON). {@code ownAddresses}:
     * the IRIs that name the article itself besides its URL (its embed page, its container); a target
     * elsewhere becomes {@code targetSource}. {@code id}, when the client sent one, becomes {@code via}
     * unless the caller takes it as the annotation's own (a PUT).
     */
    public static ObjectNode read(JsonNode annotation, Set<String> ownAddresses, boolean idIsVia) {
        if (!annotation.isObject()) {
            throw ProblemException.badRequest(null, "a Web Annotation is a JSON object");
        }
        onlyKnown(annotation, ANNOTATION_PROPERTIES, "", "an annotation");
        requireContext(annotation.get("@context"));
        if (!hasType(annotation, "Annotation")) {
            throw ProblemException.invalid("type", "must be Annotation");
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        JsonNode body = single(annotation, "body");
        String motivation = text(annotation, "motivation", "motivation");
        if (body == null && annotation.has("bodyValue")) {
            body = JsonNodeFactory.instance.objectNode().put("type", "TextualBody").set("value", annotation.get("bodyValue"));
        } else if (body != null && annotation.has("bodyValue")) {
            throw ProblemException.invalid("bodyValue", "an annotation has either body or bodyValue");
        }
        if (body == null) {
            throw ProblemException.invalid("body", "is required: Gloss annotations have one body");
        }
        if (!body.isObject()) {
            throw ProblemException.invalid("body", "must be a resource described inline (an object), not only its IRI");
        }
        onlyKnown(body, BODY_PROPERTIES, "body.", "a body");
        AnnotationKind kind = kindOf(motivation, body);
        request.put("kind", kind.name());
        copyText(annotation, "gloss:status", request, "status");
        request.set("body", bodyOf(kind, body));
        target(single(annotation, "target"), ownAddresses, request);
        copyText(annotation, "canonical", request, "canonical");
        copyText(annotation, "via", request, "via");
        if (idIsVia && annotation.hasNonNull("id") && !request.has("via")) {
            request.set("via", annotation.get("id"));
        }
        return request;
    }

    private static AnnotationKind kindOf(String motivation, JsonNode body) {
        String purpose = text(body, "purpose", "body.purpose");
        if (motivation != null && purpose != null && !motivation.equals(purpose)) {
            throw ProblemException.invalid("body.purpose", "must agree with the annotation's motivation (" + motivation + ")");
        }
        String reason = motivation != null ? motivation : purpose;
        if (reason == null) {
            reason = body.has("gloss:organization") ? "identifying" : body.has("gloss:sourceType") ? "describing"
                    : body.has("value") ? "commenting" : "linking";
        }
        String field = motivation != null ? "motivation" : "body.purpose";
        return switch (reason) {
            case "commenting" -> AnnotationKind.FOOTNOTE;
            case "linking" -> AnnotationKind.RELATED_LINK;
            case "identifying" -> AnnotationKind.DESIGNATION;
            case "describing" -> AnnotationKind.SOURCE;
            default -> throw ProblemException.invalid(field, "Gloss keeps commenting (footnotes), linking (related links), "
                    + "identifying (designations) and describing (sources) annotations, not " + reason);
        };
    }

    private static ObjectNode bodyOf(AnnotationKind kind, JsonNode body) {
        ObjectNode read = JsonNodeFactory.instance.objectNode();
        switch (kind) {
            case FOOTNOTE -> {
                textualBody(body);
                bodyTakes(body, kind, "type", "value", "format", "purpose");
                copyText(body, "value", read, "text");
            }
            case DESIGNATION -> {
                textualBody(body);
                bodyTakes(body, kind, "type", "value", "purpose", "gloss:organization", "gloss:decision");
                copyText(body, "gloss:organization", read, "organization");
                copyText(body, "gloss:decision", read, "decision");
                String value = text(body, "value", "body.value");
                if (value != null && !value.equals(text(body, "gloss:organization", "body.gloss:organization"))) {
                    throw ProblemException.invalid("body.value", "a designation's value is the slug of its organisation (gloss:organization)");
                }
            }
            case SOURCE -> {
                textualBody(body);
                bodyTakes(body, kind, "type", "value", "purpose", "gloss:sourceType", "gloss:sourceUrl");
                copyText(body, "value", read, "name");
                copyText(body, "gloss:sourceUrl", read, "url");
                copyText(body, "gloss:sourceType", read, "type");
            }
            case RELATED_LINK -> {
                bodyTakes(body, kind, "id", "type", "purpose", "gloss:title", "gloss:relation", "gloss:afterParagraph");
                if (body.has("type") && !hasType(body, "Text")) {
                    throw ProblemException.invalid("body.type", "a related link is a Text (a story)");
                }
                copyText(body, "id", read, "url");
                copyText(body, "gloss:title", read, "title");
                if (!body.has("gloss:relation")) {
                    read.put("relation", "RELATED");
                } else {
                    copyText(body, "gloss:relation", read, "relation");
                }
                if (body.has("gloss:afterParagraph")) {
                    read.set("afterParagraph", body.get("gloss:afterParagraph"));
                }
            }
            default -> throw new IllegalStateException("No Web Annotation body for " + kind);
        }
        return read;
    }

    private static void textualBody(JsonNode body) {
        if (body.has("type") && !hasType(body, "TextualBody")) {
            throw ProblemException.invalid("body.type", "must be TextualBody");
        }
        String format = text(body, "format", "body.format");
        if (format != null && !format.equals("text/plain")) {
            throw ProblemException.invalid("body.format", "Gloss keeps plain text (text/plain); it shows no markup a client sends");
        }
    }

    private static void bodyTakes(JsonNode body, AnnotationKind kind, String... properties) {
        onlyKnown(body, Set.of(properties), "body.", "a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " body");
    }

    private static void target(JsonNode target, Set<String> ownAddresses, ObjectNode request) {
        if (target == null) {
            throw ProblemException.invalid("target", "is required: the article, or a passage of it");
        }
        String source;
        JsonNode selectors = null;
        if (target.isTextual()) {
            source = target.asText();
        } else if (target.isObject() && target.has("source")) {
            onlyKnown(target, Set.of("type", "source", "selector"), "target.", "a target");
            if (target.has("type") && !hasType(target, "SpecificResource")) {
                throw ProblemException.invalid("target.type", "a target with a source is a SpecificResource");
            }
            source = text(target, "source", "target.source");
            selectors = target.get("selector");
        } else if (target.isObject()) {
            onlyKnown(target, Set.of("id"), "target.", "a target without a source (a passage needs source and selector)");
            source = text(target, "id", "target.id");
        } else {
            throw ProblemException.invalid("target", "must be the article's address, or a SpecificResource with a source and selectors");
        }
        if (source == null) {
            throw ProblemException.invalid("target", "must name the article's address");
        }
        if (!ownAddresses.contains(source)) {
            request.put("targetSource", source);
        }
        if (selectors != null) {
            request.set("target", passage(selectors));
        }
    }

    private static ObjectNode passage(JsonNode selectors) {
        ObjectNode passage = JsonNodeFactory.instance.objectNode();
        JsonNode list = selectors.isArray() ? selectors : JsonNodeFactory.instance.arrayNode().add(selectors);
        for (int i = 0; i < list.size(); i++) {
            JsonNode selector = list.get(i);
            String field = selectors.isArray() ? "target.selector[" + i + "]" : "target.selector";
            String type = selector.isObject() ? text(selector, "type", field + ".type") : null;
            List<String> allowed = type == null ? null : SELECTOR_PROPERTIES.get(type);
            if (allowed == null) {
                throw ProblemException.invalid(field, "Gloss finds passages by TextQuoteSelector and TextPositionSelector on the "
                        + "article's plain text; " + (type == null ? "a selector needs its type" : type + " is not one of them"));
            }
            onlyKnown(selector, Set.copyOf(allowed), field + ".", "a " + type);
            for (String name : allowed) {
                if (!name.equals("type") && selector.has(name)) {
                    if (passage.has(name)) {
                        throw ProblemException.invalid(field, "a second " + type + ": Gloss keeps one passage per annotation");
                    }
                    passage.set(name, selector.get(name));
                }
            }
        }
        return passage;
    }

    private static void requireContext(JsonNode context) {
        boolean found = context != null && (context.isTextual() ? context.asText().equals(WebAnnotationJson.ANNOTATION_CONTEXT)
                : context.isArray() && containsText(context, WebAnnotationJson.ANNOTATION_CONTEXT));
        if (!found) {
            throw ProblemException.invalid("@context", "must be, or include, " + WebAnnotationJson.ANNOTATION_CONTEXT);
        }
    }

    private static boolean hasType(JsonNode node, String type) {
        JsonNode types = node.get("type");
        return types != null && (types.isTextual() ? types.asText().equals(type) : types.isArray() && containsText(types, type));
    }

    private static boolean containsText(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.isTextual() && item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** A property that may be one value or a list of one: Gloss annotations have one body and one target. */
    private static JsonNode single(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            if (value.size() != 1) {
                throw ProblemException.invalid(name, "Gloss annotations have exactly one " + name + ", not " + value.size());
            }
            return value.get(0);
        }
        return value;
    }

    private static String text(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest(field, "must be a string");
        }
        return value.asText();
    }

    /** Copies a string as it is; its checks (required, length, format) are those of Gloss's API. */
    private static void copyText(JsonNode from, String name, ObjectNode to, String as) {
        JsonNode value = from.get(name);
        if (value != null && !value.isNull()) {
            to.set(as, value);
        }
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String prefix, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ProblemException.invalid(prefix + name, "Gloss does not keep this property of " + what
                        + "; it would be lost, so the annotation is refused");
            }
        }
    }
}
