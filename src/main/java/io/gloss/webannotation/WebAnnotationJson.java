package io.gloss.webannotation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.gloss.anchoring.TextQuote;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationBody;
import io.gloss.article.Article;
import io.gloss.http.PublicAddresses;

/**
 * A Gloss annotation as a W3C Web Annotation (JSON-LD, https://www.w3.org/TR/annotation-model/).
 * Core terms only where the model has them; what is Gloss's own (the organisation and the editor's
 * decision, the source's type, a link's relation, the anchor state, the status) uses the terms of
 * Gloss's context, {@code /ns/gloss.jsonld}. Motivations: a footnote is {@code commenting}, a related
 * link {@code linking}, a designation {@code identifying}, a source attribution {@code describing}
 * (it describes where the story or the passage comes from).
 */
public final class WebAnnotationJson {

    public static final String ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Where Gloss's own terms are defined, relative to the server's public base. */
    public static final String GLOSS_CONTEXT_PATH = "/ns/gloss.jsonld";

    private WebAnnotationJson() {
    }

    /**
     * {@code base}: the public base URL of this Gloss (ids are absolute). {@code body}: the annotation's
     * body, read by its kind. An article without a URL is targeted by its Gloss address.
     */
    public static ObjectNode of(ObjectMapper json, String base, Annotation annotation, AnnotationBody body) {
        ObjectNode node = json.createObjectNode();
        node.putArray("@context").add(ANNOTATION_CONTEXT).add(base + GLOSS_CONTEXT_PATH);
        node.put("id", annotationId(base, annotation));
        node.put("type", "Annotation");
        if (annotation.canonical != null) {
            node.put("canonical", annotation.canonical);
        }
        if (annotation.via != null) {
            node.put("via", annotation.via);
        }
        node.put("motivation", motivation(body));
        node.set("body", body(json, body));
        node.set("target", target(json, base, annotation));
        node.put("created", timestamp(annotation.createdAt));
        node.put("modified", timestamp(annotation.updatedAt));
        ObjectNode creator = node.putObject("creator");
        creator.put("type", "Person");
        creator.put("name", annotation.createdBy);
        ObjectNode generator = node.putObject("generator");
        generator.put("id", base + "/");
        generator.put("type", "Software");
        generator.put("name", "Gloss");
        node.put("gloss:status", annotation.status.name());
        if (annotation.anchor != null) {
            node.put("gloss:anchor", annotation.anchor.name());
        }
        return node;
    }

    /** The annotation's IRI: in its article's container. */
    public static String annotationId(String base, Annotation annotation) {
        return PublicAddresses.annotationContainer(base, annotation.article.publication.slug, annotation.article.externalId)
                + annotation.id;
    }

    /** The address that stands for the article in a target: its URL, else its Gloss page. */
    public static String articleAddress(String base, Article article) {
        return article.url != null ? article.url : PublicAddresses.embedPage(base, article.publication.slug, article.externalId);
    }

    private static String motivation(AnnotationBody body) {
        if (body instanceof AnnotationBody.Footnote) {
            return "commenting";
        }
        if (body instanceof AnnotationBody.RelatedLink) {
            return "linking";
        }
        return body instanceof AnnotationBody.Designation ? "identifying" : "describing";
    }

    private static ObjectNode body(ObjectMapper json, AnnotationBody body) {
        ObjectNode node = json.createObjectNode();
        if (body instanceof AnnotationBody.Footnote footnote) {
            node.put("type", "TextualBody");
            node.put("value", footnote.text());
            node.put("format", "text/plain");
            node.put("purpose", "commenting");
        } else if (body instanceof AnnotationBody.RelatedLink link) {
            node.put("id", link.url());
            node.put("type", "Text");
            node.put("gloss:title", link.title());
            node.put("gloss:relation", link.relation().name());
            if (link.afterParagraph() != null) {
                node.put("gloss:afterParagraph", link.afterParagraph());
            }
        } else if (body instanceof AnnotationBody.Designation designation) {
            node.put("type", "TextualBody");
            node.put("value", designation.organization());
            node.put("purpose", "identifying");
            node.put("gloss:organization", designation.organization());
            node.put("gloss:decision", designation.decision().name());
        } else if (body instanceof AnnotationBody.Source source) {
            node.put("type", "TextualBody");
            node.put("value", source.name());
            node.put("purpose", "describing");
            node.put("gloss:sourceType", source.type().name());
            if (source.url() != null) {
                node.put("gloss:sourceUrl", source.url());
            }
        }
        return node;
    }

    /** The whole resource is its address alone; a passage is a SpecificResource with both selectors. */
    private static JsonNode target(ObjectMapper json, String base, Annotation annotation) {
        if (!annotation.isAboutItsArticle()) {
            return json.getNodeFactory().textNode(annotation.targetSource);
        }
        String source = articleAddress(base, annotation.article);
        if (annotation.target == null || annotation.target.exact == null) {
            return json.getNodeFactory().textNode(source);
        }
        ObjectNode target = json.createObjectNode();
        target.put("type", "SpecificResource");
        target.put("source", source);
        TextQuote quote = annotation.target.toQuote();
        ArrayNode selectors = target.putArray("selector");
        ObjectNode text = selectors.addObject();
        text.put("type", "TextQuoteSelector");
        text.put("exact", quote.exact());
        if (quote.prefix() != null) {
            text.put("prefix", quote.prefix());
        }
        if (quote.suffix() != null) {
            text.put("suffix", quote.suffix());
        }
        if (quote.start() != null && quote.end() != null) {
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", quote.start());
            position.put("end", quote.end());
        }
        return target;
    }

    /** As stored: to the microsecond, so an export keeps the moment exactly. */
    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
