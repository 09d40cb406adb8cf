package io.gloss.render;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reader-facing templates, in {@code templates/embed/}; checked against these parameters at build time. */
@CheckedTemplate(basePath = "embed")
public class EmbedTemplates {

    /** The annotation blocks: footnotes, source line and the {@code related} links. */
    public static native TemplateInstance blocks(Embed embed, List<Embed.Related> related);

    /** The article's HTML with markers. */
    public static native TemplateInstance body(Embed embed);

    /**
     * What a CMS shows in place of the post's content: {@code embed.body} with markers and the related links
     * placed between paragraphs, then the blocks with {@code related}, the links left for the end.
     */
    public static native TemplateInstance article(Embed embed, List<Embed.Related> related);

    /**
     * A standalone document for an iframe; {@code embed.body} holds markers and the related links placed
     * between paragraphs, {@code related} the links left for the end.
     */
    public static native TemplateInstance page(Embed embed, List<Embed.Related> related, String oembedUrl);

    public static native TemplateInstance marker(EmbedComposer.MarkerView marker);

    /** One related link placed between paragraphs. */
    public static native TemplateInstance related(Embed.Related link);

    /** The iframe an oEmbed consumer puts on its page. */
    public static native TemplateInstance iframe(String src, int width, int height, String title);
}
