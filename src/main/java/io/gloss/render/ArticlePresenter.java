package io.gloss.render;

import jakarta.enterprise.context.ApplicationScoped;

/** What a CMS shows in place of the post's content: the marked body with its related links, then the blocks. */
@ApplicationScoped
class ArticlePresenter implements OutputPresenter {

    @Override
    public Output output() {
        return Output.ARTICLE;
    }

    @Override
    public String present(Composition composition) {
        EmbedComposer.Page page = composition.page();
        return composition.localized(EmbedTemplates.article(page.embed(), page.trailing())).render();
    }
}
