package io.gloss.render;

import java.time.Instant;
import java.util.List;

import io.gloss.annotation.AnnotationBody.Relation;
import io.gloss.annotation.AnnotationBody.SourceType;
import io.gloss.registry.DesignationCategory;

/**
 * What readers see of one article, as templates and the JSON output take it. {@code body} is the
 * article's HTML with markers; the rest are the annotation blocks. Footnote ids and marker ids are
 * the anchors that link markers and footnotes both ways.
 */
public record Embed(ArticleInfo article, String body, List<DesignationNote> designations, List<EditorNote> notes,
        List<Source> sources, List<Related> related) {

    public record ArticleInfo(String publication, String externalId, String title, String url, Instant publishedAt,
            String language, String locale) {
    }

    /**
     * One footnote sentence for the organisations designated alike (same jurisdiction and category), or
     * for brands of one designated {@code owner} ("Instagram belongs to Meta, banned in Russia as extremist").
     */
    public record DesignationNote(String id, String jurisdiction, DesignationCategory category,
            List<NamedOrganization> organizations, NamedOrganization owner, boolean alsoElsewhere, String text,
            String firstMarkerId) {
    }

    public record NamedOrganization(String slug, String name) {
    }

    /** An editor's footnote; {@code html} is sanitised (a small inline subset); no marker when about the whole article. */
    public record EditorNote(String id, int number, String html, String markerId) {
    }

    public record Source(String name, String url, SourceType type) {
    }

    /** {@code afterParagraph} null: at the end. */
    public record Related(String url, String title, Relation relation, String relationLabel, Integer afterParagraph) {
    }
}
