package io.gloss.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The same content as data, with schema.org JSON-LD. */
@ApplicationScoped
class JsonPresenter implements OutputPresenter {

    @Inject
    ObjectMapper json;

    @Override
    public Output output() {
        return Output.JSON;
    }

    @Override
    public String present(Composition composition) {
        return EmbedJson.write(json, composition.markedBody(), composition.registry());
    }
}
