package io.gloss.render;

import java.util.Map;
import java.util.function.Function;

import io.gloss.article.Article;
import io.gloss.publication.Publication;
import io.gloss.registry.OrganizationEntry;
import io.quarkus.qute.TemplateInstance;

/** What every presenter starts from: the article, its publication, its composed embed and the registry it was checked with. */
record Composition(Article article, Publication publication, EmbedComposer composer, Map<String, OrganizationEntry> registry) {

    /** A template in the publication's language. */
    TemplateInstance localized(TemplateInstance instance) {
        return instance.setLocale(LocalizedWording.language(publication.locale));
    }

    /** How a marker is drawn in the body. */
    Function<EmbedComposer.MarkerView, String> marker() {
        return view -> localized(EmbedTemplates.marker(view)).render().strip();
    }

    /** The embed with the article's body marked. */
    Embed markedBody() {
        return composer.compose(article.body, marker());
    }

    /** The marked body with the related links placed after their paragraphs, and the links left for the end. */
    EmbedComposer.Page page() {
        return composer.composePage(article.body, marker(), link -> localized(EmbedTemplates.related(link)).render().strip());
    }
}
