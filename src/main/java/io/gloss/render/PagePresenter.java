package io.gloss.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A standalone document for an iframe, which oEmbed consumers discover from it. */
@ApplicationScoped
class PagePresenter implements OutputPresenter {

    @Inject
    OEmbedService oembed;

    @Override
    public Output output() {
        return Output.PAGE;
    }

    @Override
    public String present(Composition composition) {
        EmbedComposer.Page page = composition.page();
        return composition.localized(EmbedTemplates.page(page.embed(), page.trailing(),
                oembed.discoveryUrl(composition.article().url))).render();
    }
}
