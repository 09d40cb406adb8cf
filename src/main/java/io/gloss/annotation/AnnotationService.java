package io.gloss.annotation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.Sha256;
import io.gloss.anchoring.Located;
import io.gloss.anchoring.QuoteLocator;
import io.gloss.anchoring.TextQuote;
import io.gloss.article.AnchoredInText;
import io.gloss.article.Article;
import io.gloss.article.ArticleChanged;
import io.gloss.http.ETags;
import io.gloss.http.ProblemException;
import io.gloss.registry.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

/** Creating, changing and re-anchoring an article's annotations. */
@ApplicationScoped
public class AnnotationService implements AnchoredInText {

    private final QuoteLocator locator = new QuoteLocator();

    @Inject
    AnnotationBodies bodies;

    @Inject
    ObjectMapper json;

    @Inject
    Event<ArticleChanged> changes;

    public static EntityTag etag(Annotation annotation) {
        return ETags.of("annotation", annotation.id, annotation.version);
    }

    /** A create's result: the annotation, and whether an earlier request with the same key made it. */
    public record Created(Annotation annotation, boolean replayed) {
    }

    /**
     * Creates an annotation once per {@code idempotencyKey} (null: no key): the same key with the same
     * request answers with what the first request created; with another request it is refused.
     */
    @Transactional
    public Created create(Article article, AnnotationRequest request, String author, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new Created(create(article, request, author), false);
        }
        if (!idempotencyKey.matches("[\\x21-\\x7E]{1,255}")) {
            throw ProblemException.badRequest("Idempotency-Key", "must be 1 to 255 printable ASCII characters, such as a UUID");
        }
        String requestHash = Sha256.hex(write(request));
        Optional<IdempotencyKey> earlier = IdempotencyKey.find(article, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash.equals(requestHash)) {
                throw ProblemException.invalid("Idempotency-Key", "was sent before with another request; use a new key for a new annotation");
            }
            Annotation made = Annotation.<Annotation>findByIdOptional(earlier.get().annotationId)
                    .orElseThrow(() -> ProblemException.conflict("The annotation this Idempotency-Key created has been deleted since"));
            return new Created(made, true);
        }
        Annotation created = create(article, request, author);
        IdempotencyKey key = new IdempotencyKey();
        key.article = article;
        key.key = idempotencyKey;
        key.requestHash = requestHash;
        key.annotationId = created.id;
        key.createdAt = Instant.now();
        // A doubled request racing this one fails here with 409; its retry then finds this key.
        key.persistAndFlush();
        return new Created(created, false);
    }

    private String write(AnnotationRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An annotation request always serialises", e);
        }
    }

    @Transactional
    public Annotation create(Article article, AnnotationRequest request, String author) {
        article.lockForAnnotations();
        Annotation annotation = new Annotation();
        annotation.article = article;
        annotation.kind = request.kind();
        annotation.createdBy = author;
        annotation.createdAt = now();
        annotation.status = Objects.requireNonNullElse(request.status(), AnnotationStatus.DRAFT);
        apply(annotation, request, author);
        annotation.persistAndFlush();
        announce(annotation);
        return annotation;
    }

    /**
     * An annotation as another Gloss exported it, not yet saved (see {@link AnnotationRows}): its body and
     * passage checked as on creation, its state and authorship kept. {@code current}: it is the
     * annotation as it is now, so an anchored passage must be exactly where its selectors say in the
     * article's text (the same text, or the import would misplace it); a state from its history was
     * anchored in the text of its day, and an orphaned one keeps its last selectors.
     */
    public Annotation restored(Article article, AnnotationRequest request, Restored restored, boolean current) {
        Annotation annotation = new Annotation();
        annotation.article = article;
        annotation.kind = request.kind();
        annotation.status = restored.status();
        annotation.body = canonicalBody(request);
        annotation.targetSource = otherResource(annotation, request);
        if ((request.target() == null) != (restored.anchor() == null)) {
            throw ProblemException.invalid("gloss:anchor", "is given exactly when the annotation targets a passage");
        }
        if (request.target() != null) {
            if (current && restored.anchor() == AnchorState.ANCHORED) {
                Located located = locator.locate(article.text, request.target());
                if (!(located instanceof Located.Found found) || !found.quote().equals(request.target())) {
                    throw ProblemException.invalid("target", "an anchored passage must be complete and exactly where its selectors "
                            + "say in the article's text");
                }
            }
            annotation.target = Passage.of(request.target());
            annotation.anchor = restored.anchor();
        }
        annotation.canonical = request.canonical();
        annotation.via = request.via();
        annotation.createdBy = restored.createdBy();
        annotation.createdAt = restored.createdAt();
        annotation.updatedBy = restored.updatedBy();
        annotation.updatedAt = restored.updatedAt();
        return annotation;
    }

    @Transactional
    public Annotation update(Article article, long id, AnnotationRequest request, String ifMatch, String author) {
        article.lockForAnnotations();
        Annotation annotation = find(article, id);
        ETags.requireMatch(ifMatch, etag(annotation));
        if (request.kind() != annotation.kind) {
            throw ProblemException.invalid("kind", "an annotation's kind cannot change (it is " + annotation.kind
                    + "); delete it and create a new one");
        }
        if (request.status() != null) {
            annotation.status = request.status();
        }
        apply(annotation, request, author);
        annotation.persistAndFlush();
        announce(annotation);
        return annotation;
    }

    @Transactional
    public void delete(Article article, long id, String ifMatch) {
        Annotation annotation = find(article, id);
        ETags.requireMatch(ifMatch, etag(annotation));
        annotation.delete();
        // Now, so a concurrent change surfaces as 412 here rather than as a failed commit.
        Annotation.flush();
        announce(annotation);
    }

    /** An editor's designation decision changes what the article owes. */
    private void announce(Annotation annotation) {
        if (annotation.kind == AnnotationKind.DESIGNATION) {
            changes.fire(new ArticleChanged(annotation.article));
        }
    }

    /** Removes all of an article's annotations one by one, so each removal is in the history. */
    @Override
    @Transactional
    public void deleteAll(Article article) {
        Annotation.listFor(article, null, null).forEach(Annotation::delete);
        Annotation.flush();
    }

    public Annotation find(Article article, long id) {
        return Annotation.findInArticle(article, id).orElseThrow(
                () -> ProblemException.notFound("No annotation " + id + " on article " + article.externalId));
    }

    /**
     * Finds every targeted annotation again in the article's new text. An annotation whose passage
     * is gone or ambiguous becomes ORPHANED and keeps its last selectors (so a later revision that
     * restores the passage anchors it again); it is never moved to a look-alike passage.
     *
     * @return the ids of the article's orphaned annotations after this revision
     */
    @Override
    @Transactional
    public List<Long> reanchor(Article article, String author) {
        List<Long> orphaned = new ArrayList<>();
        for (Annotation annotation : Annotation.listTargeted(article)) {
            Located located = locator.reanchor(article.text, annotation.target.toQuote());
            if (located instanceof Located.Found found) {
                if (annotation.anchor != AnchorState.ANCHORED || !annotation.target.toQuote().equals(found.quote())) {
                    annotation.target = Passage.of(found.quote());
                    annotation.anchor = AnchorState.ANCHORED;
                    touch(annotation, author);
                }
            } else {
                orphaned.add(annotation.id);
                if (annotation.anchor != AnchorState.ORPHANED) {
                    annotation.anchor = AnchorState.ORPHANED;
                    touch(annotation, author);
                }
            }
        }
        Annotation.flush();
        return orphaned;
    }

    @Override
    public List<Long> orphaned(Article article) {
        return Annotation.listOrphaned(article).stream().map(a -> a.id).toList();
    }

    private void apply(Annotation annotation, AnnotationRequest request, String author) {
        annotation.body = canonicalBody(request);
        annotation.targetSource = otherResource(annotation, request);
        if (request.target() == null) {
            annotation.target = null;
            annotation.anchor = null;
        } else {
            annotation.target = Passage.of(locateTarget(annotation.article.text, request.target()));
            annotation.anchor = AnchorState.ANCHORED;
        }
        annotation.canonical = keptOnce("canonical", annotation.canonical, request.canonical());
        annotation.via = keptOnce("via", annotation.via, request.via());
        touch(annotation, author);
    }

    /**
     * The resource an annotation is about when it is not its article (the article's own URL counts as
     * the article). Gloss locates passages only in the article's text, and a designation is always about
     * a mention in it.
     */
    private static String otherResource(Annotation annotation, AnnotationRequest request) {
        String source = request.targetSource();
        if (source == null || source.equals(annotation.article.url)) {
            return null;
        }
        if (request.target() != null) {
            throw ProblemException.invalid("targetSource", "Gloss locates passages in its article's text only: an annotation of "
                    + "another resource is about that resource as a whole (send no target)");
        }
        if (request.kind() == AnnotationKind.DESIGNATION) {
            throw ProblemException.invalid("targetSource", "a designation is about a mention in its article, not about another resource");
        }
        return source;
    }

    /** An IRI another system gave the annotation: set once, then left as it is when a change omits it. */
    private static String keptOnce(String field, String kept, String sent) {
        if (kept != null && sent != null && !kept.equals(sent)) {
            throw ProblemException.invalid(field, "is " + kept + " and cannot change");
        }
        return kept != null ? kept : sent;
    }

    /** To the microsecond, as the database keeps it: what an answer shows is what a later read shows. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void touch(Annotation annotation, String author) {
        annotation.updatedBy = author;
        annotation.updatedAt = now();
    }

    /** Reads the body as its kind's type, validates it and writes it back in one canonical form. */
    private String canonicalBody(AnnotationRequest request) {
        AnnotationBody body = bodies.fromRequest(request.kind(), request.body());
        // A decision about a slug the registry does not know would label nothing: a typo must not pass silently.
        if (body instanceof AnnotationBody.Designation designation && Organization.findBySlug(designation.organization()).isEmpty()) {
            throw ProblemException.invalid("body.organization",
                    "'" + designation.organization() + "' is not an organisation of the registry (see /api/registry/organizations)");
        }
        return bodies.toStored(body);
    }

    private TextQuote locateTarget(String text, TextQuote target) {
        Located located = locator.locate(text, target);
        if (located instanceof Located.Found found) {
            if (found.quote().length() > TextQuote.MAX_QUOTE) {
                throw ProblemException.invalid("target", "a passage is at most " + TextQuote.MAX_QUOTE + " characters long");
            }
            return found.quote();
        }
        Located.Failed failed = (Located.Failed) located;
        String field = switch (failed.reason()) {
            case OUT_OF_RANGE -> target.exact() == null ? "target.start" : "target";
            case EMPTY -> "target";
            case NOT_FOUND, AMBIGUOUS -> "target.exact";
        };
        throw ProblemException.invalid(field, failed.message());
    }
}
