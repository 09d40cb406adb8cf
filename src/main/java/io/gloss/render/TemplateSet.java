package io.gloss.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.gloss.GlossConfig;
import io.gloss.Sha256;

/**
 * The reader-facing templates Gloss ships (in {@code templates/}) and the operator's overrides of them
 * ({@code gloss.templates.dir}). {@link #id()} changes whenever what they render could change (with
 * them or with the Gloss version), so it is part of every ETag.
 */
@ApplicationScoped
public class TemplateSet {

    /** Every template an operator may override, by its path under {@code templates/}. */
    public static final List<String> TEMPLATES = List.of("embed/blocks.html", "embed/body.html", "embed/article.html", "embed/page.html",
            "embed/marker.html", "embed/related.html", "embed/iframe.html", "landing/index.html");

    @Inject
    GlossConfig config;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String version;

    private volatile String id;

    /** The override directory, if the operator set one. */
    public Optional<Path> overrideDirectory() {
        return config.templates().dir();
    }

    /** The file overriding a template, if there is one. */
    public Optional<Path> override(String template) {
        return config.templates().dir().map(dir -> dir.resolve(template)).filter(Files::isRegularFile);
    }

    public String id() {
        String current = id;
        if (current == null) {
            // A new Gloss version may render the same templates differently.
            StringBuilder all = new StringBuilder(version).append('\0');
            for (String template : TEMPLATES) {
                all.append(template).append('\0').append(read(template)).append('\0');
            }
            current = id = Sha256.hex(all.toString()).substring(0, 16);
        }
        return current;
    }

    /** The template's text as Gloss will render it: the override, else the shipped one. */
    public String read(String template) {
        try {
            Optional<Path> file = override(template);
            if (file.isPresent()) {
                return Files.readString(file.get(), StandardCharsets.UTF_8);
            }
            try (InputStream shipped = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("templates/" + template)) {
                if (shipped == null) {
                    throw new IllegalStateException("Template " + template + " is missing from the build");
                }
                return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
