package io.gloss.render;

/** The forms in which an article's embed is served. */
public enum Output {
    /** The annotation blocks as an HTML fragment. */
    BLOCKS("text/html;charset=UTF-8"),
    /** The article's HTML with markers. */
    BODY("text/html;charset=UTF-8"),
    /**
     * What a CMS shows in place of the post's content: the body with markers and the related links placed
     * between paragraphs, then the blocks with the links left for the end.
     */
    ARTICLE("text/html;charset=UTF-8"),
    /** A standalone document for an iframe. */
    PAGE("text/html;charset=UTF-8"),
    /** The same content as data, with schema.org JSON-LD. */
    JSON("application/json");

    public final String mediaType;

    Output(String mediaType) {
        this.mediaType = mediaType;
    }
}
