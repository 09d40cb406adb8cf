package io.gloss.article;

import java.util.List;

/**
 * What is anchored in an article's text and must follow it within the same transaction. The
 * article feature declares what it needs on a new revision; the annotation feature provides it, so
 * articles never depend on annotations.
 */
public interface AnchoredInText {

    /** The text has a new revision: locate everything again in it. Answers the ids left orphaned. */
    List<Long> reanchor(Article article, String author);

    /** The text is unchanged: the ids of what is orphaned in it. */
    List<Long> orphaned(Article article);

    /** The CMS deleted the article: remove what is anchored in it, each removal kept in the history. */
    void deleteAll(Article article);
}
