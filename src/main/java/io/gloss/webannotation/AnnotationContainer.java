package io.gloss.webannotation;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.gloss.GlossConfig;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationBodies;
import io.gloss.annotation.AnnotationRequest;
import io.gloss.annotation.AnnotationService;
import io.gloss.annotation.AnnotationStatus;
import io.gloss.article.Article;
import io.gloss.http.ProblemException;
import io.gloss.http.PublicAddresses;
import io.gloss.http.RequestProblems;

/**
 * An article's annotations as a W3C Web Annotation Protocol container: an LDP BasicContainer and
 * AnnotationCollection, paged in AnnotationPages. The annotations are those of Gloss's own API, created,
 * replaced and deleted through {@link AnnotationService}: one model, two representations.
 * {@code visible} is the status a reader may see (PUBLISHED for readers without a key), or null for all.
 */
@ApplicationScoped
public class AnnotationContainer {

    private static final String LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld";

    @Inject
    AnnotationService annotations;

    @Inject
    AnnotationBodies bodies;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    GlossConfig config;

    /** The container's description as {@code preference} asks; its {@code id} is the representation's IRI. */
    @Transactional
    public ObjectNode description(String base, Article article, AnnotationStatus visible, ContainerPreference preference) {
        String container = containerOf(base, article);
        String id = preference.contained() == null ? container
                : container + "?iris=" + (preference.contained() == ContainerPreference.Contained.IRIS ? 1 : 0);
        long total = Annotation.countFor(article, null, visible);
        ObjectNode description = json.createObjectNode();
        description.putArray("@context").add(WebAnnotationJson.ANNOTATION_CONTEXT).add(LDP_CONTEXT)
                .add(base + WebAnnotationJson.GLOSS_CONTEXT_PATH);
        description.put("id", id);
        description.putArray("type").add("BasicContainer").add("AnnotationCollection");
        description.put("label", "Annotations of " + article.title);
        description.put("total", total);
        lastChange(article, visible).ifPresent(modified -> description.put("modified", modified));
        if (total > 0) {
            if (preference.embedsFirstPage()) {
                ObjectNode first = page(base, article, visible, 0, preference.contained() == ContainerPreference.Contained.IRIS, id);
                first.remove("@context");
                description.set("first", first);
            } else {
                description.put("first", pageId(id, 0));
            }
            description.put("last", pageId(id, lastPage(total)));
        }
        return description;
    }

    /**
     * Page {@code index} (from 0) of the container; {@code iris} null: whole annotations, as in the
     * container without a preference; true or false: as the description with that preference names it.
     */
    @Transactional
    public ObjectNode page(String base, Article article, AnnotationStatus visible, int index, Boolean iris) {
        String container = containerOf(base, article);
        String of = iris == null ? container : container + "?iris=" + (iris ? 1 : 0);
        return page(base, article, visible, index, Boolean.TRUE.equals(iris), of);
    }

    private ObjectNode page(String base, Article article, AnnotationStatus visible, int index, boolean iris, String of) {
        long total = Annotation.countFor(article, null, visible);
        long last = lastPage(total);
        if (index > last) {
            throw ProblemException.notFound("No page " + index + " of this container: its pages are 0 to " + last);
        }
        int size = config.limits().containerPageSize();
        ObjectNode page = json.createObjectNode();
        page.putArray("@context").add(WebAnnotationJson.ANNOTATION_CONTEXT).add(base + WebAnnotationJson.GLOSS_CONTEXT_PATH);
        page.put("id", pageId(of, index));
        page.put("type", "AnnotationPage");
        ObjectNode partOf = page.putObject("partOf");
        partOf.put("id", of);
        partOf.put("total", total);
        lastChange(article, visible).ifPresent(modified -> partOf.put("modified", modified));
        page.put("startIndex", (long) index * size);
        if (index > 0) {
            page.put("prev", pageId(of, index - 1));
        }
        if (index < last) {
            page.put("next", pageId(of, index + 1));
        }
        ArrayNode items = page.putArray("items");
        for (Annotation annotation : Annotation.pageFor(article, null, visible, index, size)) {
            if (iris) {
                items.add(WebAnnotationJson.annotationId(base, annotation));
            } else {
                ObjectNode item = describe(base, annotation);
                item.remove("@context");
                items.add(item);
            }
        }
        return page;
    }

    /** One annotation a reader may see, or 404 as if it did not exist. */
    @Transactional
    public Annotation find(Article article, long id, AnnotationStatus visible) {
        Annotation annotation = annotations.find(article, id);
        if (visible != null && annotation.status != visible) {
            throw ProblemException.notFound("No annotation " + id + " on article " + article.externalId);
        }
        return annotation;
    }

    public ObjectNode describe(String base, Annotation annotation) {
        return WebAnnotationJson.of(json, base, annotation, bodies.of(annotation));
    }

    /** POST to the container: the id a client sent is kept as {@code via}; Gloss gives the annotation its own. */
    @Transactional
    public AnnotationService.Created create(String base, Article article, JsonNode sent, String author, String idempotencyKey) {
        return annotations.create(article, request(base, article, sent, true), author, idempotencyKey);
    }

    /** PUT of an annotation: the whole annotation as it is now to be, sent back with its own id or none. */
    @Transactional
    public Annotation replace(String base, Article article, long id, JsonNode sent, String ifMatch, String author) {
        Annotation annotation = annotations.find(article, id);
        JsonNode sentId = sent.get("id");
        String ownId = WebAnnotationJson.annotationId(base, annotation);
        if (sentId != null && !sentId.isNull() && !ownId.equals(sentId.asText())) {
            throw ProblemException.invalid("id", "is the annotation's own IRI, " + ownId + ", or absent");
        }
        return annotations.update(article, id, request(base, article, sent, false), ifMatch, author);
    }

    @Transactional
    public void delete(Article article, long id, String ifMatch) {
        annotations.delete(article, id, ifMatch);
    }

    private AnnotationRequest request(String base, Article article, JsonNode sent, boolean idIsVia) {
        // Without a URL of its own the article's address is its page: the same IRI twice.
        Set<String> ownAddresses = Set.copyOf(List.of(WebAnnotationJson.articleAddress(base, article), containerOf(base, article),
                PublicAddresses.embedPage(base, article.publication.slug, article.externalId)));
        return requestFrom(sent, ownAddresses, idIsVia);
    }

    /**
     * A Web Annotation as a checked request of Gloss's API; {@code ownAddresses}: the IRIs that stand for
     * the article (see {@link WebAnnotationReader#read}).
     */
    public AnnotationRequest requestFrom(JsonNode sent, Set<String> ownAddresses, boolean idIsVia) {
        ObjectNode read = WebAnnotationReader.read(sent, ownAddresses, idIsVia);
        AnnotationRequest request;
        try {
            request = json.treeToValue(read, AnnotationRequest.class);
        } catch (JsonProcessingException e) {
            throw RequestProblems.unreadable(e, null);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(null, e.getMessage());
        }
        Set<ConstraintViolation<AnnotationRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw RequestProblems.invalid(violations, null);
        }
        return request;
    }

    private long lastPage(long total) {
        int size = config.limits().containerPageSize();
        return total == 0 ? 0 : (total - 1) / size;
    }

    private static Optional<String> lastChange(Article article, AnnotationStatus visible) {
        return Annotation.lastChangeFor(article, visible).map(at -> at.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static String containerOf(String base, Article article) {
        return PublicAddresses.annotationContainer(base, article.publication.slug, article.externalId);
    }

    private static String pageId(String of, long index) {
        return of + (of.contains("?") ? "&" : "?") + "page=" + index;
    }

    /** The statuses a reader may see, by whether they hold a key of the publication. */
    public static AnnotationStatus visibleTo(boolean anonymous) {
        return anonymous ? AnnotationStatus.PUBLISHED : null;
    }
}
