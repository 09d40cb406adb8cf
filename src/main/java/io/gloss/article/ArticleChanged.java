package io.gloss.article;

/**
 * Fired, inside the transaction, when something an article's compliance depends on changed: its
 * text or date, or an editor's designation decision. Observers keep derived state current without
 * the article feature knowing about them.
 */
public record ArticleChanged(Article article) {
}
