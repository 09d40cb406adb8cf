package io.gloss.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hibernate.envers.query.AuditEntity;

import io.gloss.GlossConfig;
import io.gloss.annotation.Annotation;
import io.gloss.annotation.AnnotationBodies;
import io.gloss.article.Article;
import io.gloss.audit.ChangeHistory;
import io.gloss.publication.Publication;
import io.gloss.webannotation.WebAnnotationJson;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A whole publication as JSON-LD lines: a header, then each live article (its HTML, plain text and
 * revision) followed by its annotations as Web Annotations with what an import needs to restore them
 * (status, anchor state, who and when), and a last line counting them. Read a page at a time (a container's page of annotations),
 * each in a transaction of its own, and written as it is read, so a publication of any size is exported
 * in constant memory. An export taken while editors work is not one snapshot: each page is as it was
 * when read.
 */
@ApplicationScoped
public class PublicationExport {

    /** The version of the line format; an import refuses versions it does not know. */
    public static final int FORMAT = 1;
    static final String ARTICLE_TYPE = "gloss:Article";
    static final String EXPORT_TYPE = "gloss:Export";
    static final String END_TYPE = "gloss:ExportEnd";

    @Inject
    ObjectMapper json;

    @Inject
    AnnotationBodies bodies;

    @Inject
    ChangeHistory changes;

    @Inject
    GlossConfig config;

    /**
     * Writes the publication's lines; {@code base}: this server's public base, for the ids; {@code history}:
     * each annotation with its recorded changes.
     */
    public void write(long publicationId, String base, boolean history, OutputStream output) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        String header = QuarkusTransaction.requiringNew().call(() -> serialised(header(Publication.findById(publicationId), base)));
        out.write(header);
        out.write('\n');
        long afterArticle = 0;
        long articles = 0;
        long annotations = 0;
        for (Optional<Long> article = articleLine(publicationId, afterArticle, base, out); article.isPresent();
                article = articleLine(publicationId, afterArticle, base, out)) {
            afterArticle = article.get();
            articles++;
            long afterAnnotation = 0;
            for (List<Long> ids = annotationLines(afterArticle, afterAnnotation, base, history, out); !ids.isEmpty();
                    ids = annotationLines(afterArticle, afterAnnotation, base, history, out)) {
                afterAnnotation = ids.get(ids.size() - 1);
                annotations += ids.size();
            }
        }
        out.write(serialised(end(base, articles, annotations)));
        out.write('\n');
        out.flush();
    }

    /** The next live article after {@code after} written out; its id, empty once none is left. */
    private Optional<Long> articleLine(long publicationId, long after, String base, Writer out) throws IOException {
        Optional<ArticleLine> next = QuarkusTransaction.requiringNew().call(() -> Article.nextLiveInPublication(publicationId, after)
                .map(article -> new ArticleLine(article.id, serialised(articleLine(article, base)))));
        if (next.isPresent()) {
            out.write(next.get().line());
            out.write('\n');
        }
        return next.map(ArticleLine::id);
    }

    private record ArticleLine(long id, String line) {
    }

    /** One read of an article's annotations written out; their ids, empty once none are left. */
    private List<Long> annotationLines(long articleId, long after, String base, boolean history, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<Annotation> page = Annotation.pageAfter(articleId, after, config.limits().containerPageSize());
            Map<Long, ArrayNode> histories = history ? histories(articleId, page, base) : Map.of();
            List<Long> read = new ArrayList<>();
            for (Annotation annotation : page) {
                ObjectNode line = annotationLine(annotation, base);
                if (history) {
                    line.set("gloss:history", histories.get(annotation.id));
                }
                lines.add(serialised(line));
                read.add(annotation.id);
            }
            return read;
        });
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        return ids;
    }

    private ObjectNode header(Publication publication, String base) {
        ObjectNode header = context(base);
        header.put("type", EXPORT_TYPE);
        header.put("gloss:format", FORMAT);
        header.put("gloss:publication", publication.slug);
        header.put("generated", Instant.now().toString());
        ObjectNode generator = header.putObject("generator");
        generator.put("id", base + "/");
        generator.put("type", "Software");
        generator.put("name", "Gloss");
        return header;
    }

    /** The last line: what came before it, so that an import can tell a whole file from one cut short at a line's end. */
    private ObjectNode end(String base, long articles, long annotations) {
        ObjectNode end = context(base);
        end.put("type", END_TYPE);
        end.put("gloss:articles", articles);
        end.put("gloss:annotations", annotations);
        return end;
    }

    private ObjectNode articleLine(Article article, String base) {
        ObjectNode line = context(base);
        line.put("type", ARTICLE_TYPE);
        line.put("id", WebAnnotationJson.articleAddress(base, article));
        line.put("gloss:externalId", article.externalId);
        line.put("gloss:title", article.title);
        if (article.url != null) {
            line.put("gloss:url", article.url);
        }
        if (article.section != null) {
            line.put("gloss:section", article.section);
        }
        line.put("gloss:language", article.language);
        if (article.publishedAt != null) {
            line.put("gloss:publishedAt", article.publishedAt.toString());
        }
        line.put("gloss:revision", article.revision);
        line.put("created", article.createdAt.toString());
        line.put("modified", article.updatedAt.toString());
        line.put("gloss:body", article.body);
        line.put("gloss:text", article.text);
        return line;
    }

    private ObjectNode annotationLine(Annotation annotation, String base) {
        ObjectNode line = annotationState(annotation, base);
        line.put("gloss:article", annotation.article.externalId);
        return line;
    }

    /** The annotation as a Web Annotation, with who last changed it (the creator is in the Web Annotation). */
    private ObjectNode annotationState(Annotation annotation, String base) {
        ObjectNode state = WebAnnotationJson.of(json, base, annotation, bodies.of(annotation));
        state.put("gloss:updatedBy", annotation.updatedBy);
        return state;
    }

    /**
     * The recorded changes of a page of annotations, oldest first, in one query. Each state is the
     * annotation after the change, without {@code @context} (it is its line's), {@code id} and
     * {@code type}: a past state is not another annotation, and a client gathering a graph's annotations
     * must not find it as one.
     */
    private Map<Long, ArrayNode> histories(long articleId, List<Annotation> page, String base) {
        Map<Long, ArrayNode> histories = new HashMap<>();
        if (page.isEmpty()) {
            return histories;
        }
        List<ChangeHistory.Entry<PastState>> entries = changes.of(Annotation.class,
                List.of(AuditEntity.relatedId("article").eq(articleId),
                        AuditEntity.id().between(page.get(0).id, page.get(page.size() - 1).id)),
                state -> new PastState(state.id, annotationState(state, base)));
        for (ChangeHistory.Entry<PastState> entry : entries) {
            ObjectNode change = json.createObjectNode();
            change.put("gloss:change", entry.change().name());
            change.put("gloss:changedAt", entry.at().toString());
            change.put("gloss:changedBy", entry.by());
            ObjectNode state = entry.state().state();
            state.remove(List.of("@context", "id", "type", "generator"));
            change.set("gloss:state", state);
            histories.computeIfAbsent(entry.state().annotationId(), id -> json.createArrayNode()).add(change);
        }
        return histories;
    }

    private record PastState(long annotationId, ObjectNode state) {
    }

    private ObjectNode context(String base) {
        ObjectNode node = json.createObjectNode();
        node.putArray("@context").add(WebAnnotationJson.ANNOTATION_CONTEXT).add(base + WebAnnotationJson.GLOSS_CONTEXT_PATH);
        return node;
    }

    private String serialised(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export line always serialises", e);
        }
    }
}
