package io.gloss.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.gloss.GlossConfig;
import io.gloss.WriteCollision;
import io.gloss.annotation.AnchorState;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationRequest;
import io.gloss.annotation.AnnotationRows;
import io.gloss.annotation.AnnotationService;
import io.gloss.annotation.Restored;
import io.gloss.article.Article;
import io.gloss.article.ArticleRequest;
import io.gloss.article.ArticleService;
import io.gloss.audit.AuditRevisionListener;
import io.gloss.audit.ChangeHistory;
import io.gloss.http.Problem;
import io.gloss.http.ProblemException;
import io.gloss.http.RequestProblems;
import io.gloss.http.StrictJson;
import io.gloss.publication.Publication;
import io.gloss.webannotation.AnnotationContainer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads an export ({@link PublicationExport}) back into an empty publication, on this Gloss or another.
 * One transaction for the whole file, so a file that fails anywhere leaves nothing behind; memory does
 * not grow with the file, for annotations are written as they are read, a batch at a time straight to
 * their tables ({@link AnnotationRows}), and the session holds one article at a time. A problem names
 * the line it is on (from 1), and the field in it.
 */
@ApplicationScoped
public class PublicationImport {

    /** Longest line read: an article's body (at most a million characters) escaped as JSON, with room to spare. */
    static final int MAX_LINE_CHARS = 8 * Article.MAX_BODY_CHARS;
    private static final int ANNOTATIONS_PER_BATCH = 200;
    private static final int MAX_NAME_CHARS = 200;
    /** About 8 MB of lines (with their histories) held before they are written, however few. */
    private static final long CHARS_PER_BATCH = 4_000_000;

    @Inject
    ArticleService articles;

    @Inject
    AnnotationService annotations;

    @Inject
    AnnotationRows rows;

    @Inject
    AnnotationContainer container;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    GlossConfig config;

    private Semaphore running;

    @PostConstruct
    void limit() {
        running = new Semaphore(config.limits().concurrentImports());
    }

    /** What an import added. */
    public record Imported(int articles, int annotations) {
    }

    /**
     * Reads {@code upload} into the publication, as it arrives, in one transaction within
     * {@code gloss.limits.import-timeout}. The upload is not first taken to a file: a connection silent
     * while a long transaction ran would be closed by quarkus.http.idle-timeout before the answer. So a
     * slow upload holds a database connection; at most gloss.limits.concurrent-imports do.
     * {@code operator}: the operator's key sent it, which alone may restore a recorded history (an audit
     * trail, which an editor's key must not be able to write).
     */
    public Imported read(long publicationId, boolean operator, InputStream upload) {
        if (!running.tryAcquire()) {
            throw ProblemException.unavailable("As many imports as this Gloss runs at once (gloss.limits.concurrent-imports) are "
                    + "under way; nothing was read, retry later", 30);
        }
        try {
            Duration timeout = config.limits().importTimeout();
            InputStream lines = new ArrivingBy(upload, Instant.now().plus(timeout));
            return QuarkusTransaction.requiringNew().timeout((int) Math.max(1, timeout.toSeconds()))
                    .call(() -> new Reading(publicationId, operator, lines).all());
        } finally {
            running.release();
        }
    }

    /** An upload that must have arrived by {@code deadline}: the transaction's timeout does not stop a read that trickles on. */
    private static final class ArrivingBy extends FilterInputStream {

        private final Instant deadline;

        ArrivingBy(InputStream upload, Instant deadline) {
            super(upload);
            this.deadline = deadline;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (Instant.now().isAfter(deadline)) {
                throw new ProblemException(Problem.of(408, "Request Timeout", "The upload did not arrive within "
                        + "gloss.limits.import-timeout; nothing was kept", List.of()));
            }
            return super.read(into, offset, length);
        }
    }

    /** One import's progress through its file. */
    private final class Reading {

        private final long publicationId;
        private final boolean operator;
        private final Reader in;
        private final List<AnnotationRows.Recorded> unwritten = new ArrayList<>();
        /** The characters of the lines {@link #unwritten} came from: a batch is bounded by size as well as by count. */
        private long unwrittenChars;
        private int lineChars;
        private boolean ended;
        private int lineNumber;
        private int articleCount;
        private int annotationCount;
        private Long articleId;
        private String externalId;
        private Set<String> articleAddresses;
        /** The revision of annotations that come without their history: this import, by whoever sent it. */
        private Long importRevision;

        Reading(long publicationId, boolean operator, InputStream lines) {
            this.publicationId = publicationId;
            this.operator = operator;
            this.in = new InputStreamReader(lines, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        }

        Imported all() {
            Publication publication = lockedForImport();
            if (Article.count("publication", publication) > 0) {
                throw ProblemException.conflict("Publication " + publication.slug + " already has articles: an export is read into an "
                        + "empty publication only");
            }
            for (String line = next(); line != null; line = next()) {
                try {
                    if (!line.isBlank()) {
                        lineChars = line.length();
                        take(parse(line));
                    }
                } catch (ProblemException e) {
                    throw within(e, "line " + lineNumber, "Line " + lineNumber + ": ");
                }
            }
            if (lineNumber == 0) {
                throw ProblemException.invalid("line 1", "the file is empty: it starts with the export's header");
            }
            if (!ended) {
                throw within(ProblemException.invalid("type", "the file ends before the export's last line (" + PublicationExport.END_TYPE
                        + "): it was cut short"), "line " + (lineNumber + 1), "Line " + (lineNumber + 1) + ": ");
            }
            return new Imported(articleCount, annotationCount);
        }

        private void take(JsonNode line) {
            String type = line.path("type").asText("");
            if (ended) {
                throw ProblemException.invalid("type", "nothing follows the export's last line (" + PublicationExport.END_TYPE + ")");
            }
            if (lineNumber == 1) {
                header(line, type);
            } else if (type.equals(PublicationExport.END_TYPE)) {
                end(line);
            } else if (type.equals(PublicationExport.ARTICLE_TYPE)) {
                article(line);
            } else if (type.equals("Annotation")) {
                annotation(line);
            } else {
                throw ProblemException.invalid("type", "a line is a " + PublicationExport.ARTICLE_TYPE + " or an Annotation, not '" + type + "'");
            }
        }

        private void header(JsonNode line, String type) {
            if (!type.equals(PublicationExport.EXPORT_TYPE)) {
                throw ProblemException.invalid("type", "the first line is the export's header, of type " + PublicationExport.EXPORT_TYPE);
            }
            if (line.path("gloss:format").asInt(-1) != PublicationExport.FORMAT) {
                throw ProblemException.invalid("gloss:format", "this Gloss reads exports of format " + PublicationExport.FORMAT);
            }
        }

        /** The publication, held for this import: another into it is refused at once rather than kept waiting. */
        private Publication lockedForImport() {
            try {
                return Publication.getEntityManager().find(Publication.class, publicationId, LockModeType.PESSIMISTIC_WRITE,
                        Map.of("jakarta.persistence.lock.timeout", 0));
            } catch (PersistenceException e) {
                if (WriteCollision.of(e) == WriteCollision.LOCK_TIMEOUT) {
                    throw ProblemException.conflict("Another import into this publication is under way");
                }
                throw e;
            }
        }

        /** The last line: the file is whole when it counts what came before it. */
        private void end(JsonNode line) {
            finishArticle();
            if (line.path("gloss:articles").asLong(-1) != articleCount || line.path("gloss:annotations").asLong(-1) != annotationCount) {
                throw ProblemException.invalid("gloss:articles", "the export's last line counts " + line.path("gloss:articles") + " articles and "
                        + line.path("gloss:annotations") + " annotations, the file has " + articleCount + " and " + annotationCount);
            }
            ended = true;
        }

        private void article(JsonNode line) {
            finishArticle();
            String id = name(line.get("gloss:externalId"), "gloss:externalId");
            if (id.contains("/")) {
                throw ProblemException.invalid("gloss:externalId", "is one segment of the article's addresses: no '/'");
            }
            Publication publication = Publication.getEntityManager().getReference(Publication.class, publicationId);
            // The publication was empty: an article in it now came earlier in this file.
            if (Article.findIncludingDeleted(publication, id).isPresent()) {
                throw ProblemException.invalid("gloss:externalId", "'" + id + "' came before in this file");
            }
            ArticleRequest request = articleRequest(line);
            JsonNode revision = line.get("gloss:revision");
            if (revision == null || !revision.canConvertToInt() || revision.asInt() < 1) {
                throw ProblemException.invalid("gloss:revision", "is the article's revision, a whole number from 1");
            }
            Article article = articles.restore(publication, id, request, required(line, "gloss:text"), revision.asInt(),
                    instant(line, "created"), instant(line, "modified"));
            articleId = article.id;
            externalId = id;
            articleAddresses = new HashSet<>(Set.of(required(line, "id")));
            if (article.url != null) {
                articleAddresses.add(article.url);
            }
            articleCount++;
        }

        private void annotation(JsonNode line) {
            String of = optional(line, "gloss:article");
            if (articleId == null || !externalId.equals(of)) {
                throw ProblemException.invalid("gloss:article", "an annotation follows its article's line, and names it ("
                        + (externalId == null ? "no article came yet" : "expected '" + externalId + "'") + ")");
            }
            ObjectNode sent = line.deepCopy();
            sent.remove("gloss:article");
            JsonNode history = sent.remove("gloss:history");
            if (history != null && !operator) {
                throw new ProblemException(Problem.of(403, "Forbidden", "gloss:history: only the operator's key restores a recorded "
                        + "history (it is the audit trail); an editor's key imports the annotations without it",
                        List.of(new Problem.FieldError("gloss:history", "only the operator's key restores a recorded history"))));
            }
            Annotation annotation = annotationFrom(sent, true);
            List<AnnotationRows.Change> changes = history == null
                    ? List.of(new AnnotationRows.Change(importRevision(), ChangeHistory.Change.CREATED, annotation))
                    : changes(history, annotation, sent.get("@context"));
            unwritten.add(new AnnotationRows.Recorded(annotation, changes));
            annotationCount++;
            unwrittenChars += lineChars;
            if (unwritten.size() >= ANNOTATIONS_PER_BATCH || unwrittenChars >= CHARS_PER_BATCH) {
                writeAnnotations();
            }
        }

        /** An annotation as a line or a history entry has it; {@code current}: as it is now (see {@link AnnotationService#restored}). */
        private Annotation annotationFrom(ObjectNode sent, boolean current) {
            String updatedBy = name(sent.remove("gloss:updatedBy"), "gloss:updatedBy");
            AnnotationRequest request = container.requestFrom(sent, articleAddresses, false);
            if (request.status() == null) {
                throw ProblemException.invalid("gloss:status", "is required in an export: DRAFT or PUBLISHED");
            }
            String anchor = optional(sent, "gloss:anchor");
            Restored restored = new Restored(request.status(), anchor == null ? null : anchorState(anchor),
                    creatorName(sent.get("creator")), instant(sent, "created"), updatedBy, instant(sent, "modified"));
            Article article = Article.getEntityManager().getReference(Article.class, articleId);
            return annotations.restored(article, request, restored, current);
        }

        /**
         * The annotation's recorded changes as the export gives them, oldest first: its creation, then each
         * update, up to the annotation as its line has it. Each is restored in a revision of its own, with
         * who made it and when. A state has no id or type, being a past state of the line's
         * annotation, not another one.
         */
        private List<AnnotationRows.Change> changes(JsonNode history, Annotation now, JsonNode context) {
            if (!history.isArray() || history.isEmpty()) {
                throw ProblemException.invalid("gloss:history", "is the annotation's recorded changes, oldest first: a list, not empty");
            }
            List<AnnotationRows.Change> changes = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                String field = "gloss:history[" + i + "]";
                try {
                    JsonNode entry = history.get(i);
                    ChangeHistory.Change expected = i == 0 ? ChangeHistory.Change.CREATED : ChangeHistory.Change.UPDATED;
                    if (!expected.name().equals(entry.path("gloss:change").asText())) {
                        throw ProblemException.invalid("gloss:change", "is " + expected + " here: a history starts with the creation, "
                                + "and its other changes are updates");
                    }
                    // The order is the recorded one: times need not rise with it (a clock set back, overlapping writes).
                    Instant at = instant(entry, "gloss:changedAt");
                    String by = name(entry.get("gloss:changedBy"), "gloss:changedBy");
                    if (!entry.path("gloss:state").isObject()) {
                        throw ProblemException.invalid("gloss:state", "is the annotation as this change left it, an object");
                    }
                    // A state is read as an annotation in its line's context (the context of what it is nested in).
                    ObjectNode sent = ((ObjectNode) entry.get("gloss:state")).deepCopy();
                    sent.set("@context", context);
                    sent.put("type", "Annotation");
                    Annotation state = annotationFrom(sent, false);
                    if (state.kind != now.kind) {
                        throw ProblemException.invalid("gloss:state", "an annotation's kind never changes: this one is a " + now.kind);
                    }
                    changes.add(new AnnotationRows.Change(rows.revision(at, by), expected, state));
                } catch (ProblemException e) {
                    throw within(e, field, field + ": ");
                }
            }
            if (!changes.get(changes.size() - 1).state().updatedAt.equals(now.updatedAt)) {
                throw ProblemException.invalid("gloss:history", "ends with the annotation as this line has it (modified " + now.updatedAt
                        + ")");
            }
            return changes;
        }

        private long importRevision() {
            if (importRevision == null) {
                importRevision = rows.revision(Instant.now(), AuditRevisionListener.currentActor());
            }
            return importRevision;
        }

        private void writeAnnotations() {
            rows.insert(unwritten);
            unwritten.clear();
            unwrittenChars = 0;
        }

        /**
         * The article before is complete: its annotations are written, and its compliance recorded as for
         * any article; then the session is emptied, so it holds one article at a time.
         */
        private void finishArticle() {
            if (articleId != null) {
                writeAnnotations();
                articles.announce(Article.findById(articleId));
                Article.getEntityManager().flush();
                Article.getEntityManager().clear();
            }
        }

        private String next() {
            StringBuilder line = new StringBuilder();
            try {
                for (int c = in.read(); c != '\n'; c = in.read()) {
                    if (c == -1) {
                        return line.isEmpty() ? null : counted(line);
                    }
                    if (line.length() == MAX_LINE_CHARS) {
                        lineNumber++;
                        throw within(ProblemException.invalid("line", "is longer than " + MAX_LINE_CHARS + " characters"), "line " + lineNumber, "Line " + lineNumber + ": ");
                    }
                    line.append((char) c);
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                lineNumber++;
                throw within(ProblemException.badRequest("line", "is not UTF-8 text"), "line " + lineNumber, "Line " + lineNumber + ": ");
            } catch (IOException e) {
                throw ProblemException.badRequest(null, "The upload broke off before its end (" + e.getMessage() + "); nothing was kept");
            }
            return counted(line);
        }

        private String counted(StringBuilder line) {
            lineNumber++;
            int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
            return line.substring(0, end);
        }

        private JsonNode parse(String line) {
            try {
                JsonNode node = json.readTree(line);
                if (!node.isObject()) {
                    throw ProblemException.badRequest(null, "a line is one JSON object");
                }
                return node;
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest(null, "not valid JSON: " + e.getOriginalMessage());
            }
        }
    }

    /**
     * The problem as found in a part of the file: its fields named inside {@code part} ("line 6: status",
     * "line 6: gloss:history[1]: body.value"), its detail starting with {@code lead}.
     */
    private static ProblemException within(ProblemException e, String part, String lead) {
        Problem problem = e.problem();
        return e.as(Problem.of(problem.status(), problem.title(), lead + problem.detail(),
                problem.errors().isEmpty() ? List.of(new Problem.FieldError(part, problem.detail()))
                        : problem.errors().stream().map(error -> new Problem.FieldError(part + ": " + error.field(), error.message()))
                                .toList()));
    }

    /** The article's fields read as the API reads them, so they get the same checks (and name the same fields). */
    private ArticleRequest articleRequest(JsonNode line) {
        ObjectNode fields = json.createObjectNode();
        for (String field : new String[] { "title", "url", "section", "language", "publishedAt", "body" }) {
            JsonNode value = line.get("gloss:" + field);
            if (value != null) {
                fields.set(field, value);
            }
        }
        ArticleRequest request;
        try {
            request = json.treeToValue(fields, ArticleRequest.class);
        } catch (JsonProcessingException e) {
            throw RequestProblems.unreadable(e, null);
        }
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw RequestProblems.invalid(violations, null);
        }
        return request;
    }

    /** Gloss keeps a creator's name; a creator described further (an IRI, an email) is refused rather than cut down. */
    private static String creatorName(JsonNode creator) {
        boolean nameOnly = creator != null && creator.isObject() && creator.path("name").isTextual()
                && creator.path("type").asText("Person").equals("Person")
                && creator.size() == (creator.has("type") ? 2 : 1);
        if (!nameOnly) {
            throw ProblemException.invalid("creator", "Gloss keeps a creator as a Person's name only: {\"type\":\"Person\",\"name\":…}");
        }
        return name(creator.get("name"), "creator.name");
    }

    /**
     * A name Gloss keeps (an article's id, an author's or a key's name): 1 to 200 characters (its column),
     * stored exactly, as the API takes them. The lines are read as trees, past the API's text checks.
     */
    private static String name(JsonNode value, String field) {
        String name = requiredText(value, field);
        if (name.isBlank() || name.length() > MAX_NAME_CHARS) {
            throw ProblemException.invalid(field, "is 1 to " + MAX_NAME_CHARS + " characters");
        }
        String unstorable = StrictJson.storableProblem(name);
        if (unstorable != null) {
            throw ProblemException.invalid(field, unstorable);
        }
        return name;
    }

    private static AnchorState anchorState(String anchor) {
        try {
            return AnchorState.valueOf(anchor);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("gloss:anchor", "is ANCHORED or ORPHANED");
        }
    }

    private static Instant instant(JsonNode line, String field) {
        try {
            return Instant.parse(required(line, field));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "is a moment such as 2019-05-28T06:30:00.123456Z");
        }
    }

    private static String required(JsonNode line, String field) {
        return requiredText(line.get(field), field);
    }

    private static String requiredText(JsonNode value, String field) {
        if (value == null || !value.isTextual()) {
            throw ProblemException.invalid(field, "is required, as a string");
        }
        return value.asText();
    }

    private static String optional(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw ProblemException.invalid(field, "must be a string");
        }
        return value == null || value.isNull() ? null : value.asText();
    }
}
