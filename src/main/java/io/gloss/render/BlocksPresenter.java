package io.gloss.render;

import jakarta.enterprise.context.ApplicationScoped;

/** The annotation blocks as an HTML fragment, for a CMS that keeps its own body. */
@ApplicationScoped
class BlocksPresenter implements OutputPresenter {

    @Override
    public Output output() {
        return Output.BLOCKS;
    }

    @Override
    public String present(Composition composition) {
        Embed embed = composition.composer().compose(null, composition.marker());
        return composition.localized(EmbedTemplates.blocks(embed, embed.related())).render();
    }
}
