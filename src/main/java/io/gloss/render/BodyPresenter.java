package io.gloss.render;

import jakarta.enterprise.context.ApplicationScoped;

/** The article's HTML with its markers. */
@ApplicationScoped
class BodyPresenter implements OutputPresenter {

    @Override
    public Output output() {
        return Output.BODY;
    }

    @Override
    public String present(Composition composition) {
        return composition.localized(EmbedTemplates.body(composition.markedBody())).render();
    }
}
