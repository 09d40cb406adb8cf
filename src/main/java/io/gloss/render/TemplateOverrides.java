package io.gloss.render;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.gloss.annotation.AnnotationBody;
import io.gloss.registry.DesignationCategory;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import io.quarkus.runtime.StartupEvent;

/**
 * Serves an operator's template overrides (files under {@code gloss.templates.dir}, named like the
 * shipped ones) ahead of the built-in templates, as HTML so that Qute keeps escaping. Overrides are not
 * checked by the build: a syntax error stops start-up when Quarkus loads the template (the log names
 * the override file, Qute the template and line), and start-up then renders each override with sample
 * content and refuses to start on any other error, naming the file and line.
 */
@Singleton
public class TemplateOverrides implements TemplateLocator {

    private static final Logger LOG = Logger.getLogger(TemplateOverrides.class);

    private static final Variant HTML = new Variant(Locale.ROOT, "text/html", "UTF-8");

    @Inject
    TemplateSet templates;

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 10;
    }

    @Override
    public Optional<TemplateLocation> locate(String id) {
        if (!TemplateSet.TEMPLATES.contains(id)) {
            return Optional.empty();
        }
        return templates.override(id).map(file -> {
            // Quarkus loads templates before start-up completes; a syntax error then names only the template id.
            LOG.infof("Template %s comes from the override %s", id, file);
            return location(file);
        });
    }

    private static TemplateLocation location(Path file) {
        return new TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    return new StringReader(Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(HTML);
            }
        };
    }

    void validateAtStartup(@Observes StartupEvent startup, Engine engine) {
        templates.overrideDirectory().ifPresent(dir -> validate(dir, engine));
    }

    /** Fails with a message naming the file (and line) of the first override that does not work. */
    static void validate(Path dir, Engine engine) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("gloss.templates.dir " + dir + " is not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String id = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            if (!TemplateSet.TEMPLATES.contains(id)) {
                throw new IllegalStateException("Template override " + file + " does not replace any Gloss template; "
                        + "these can be overridden: " + String.join(", ", TemplateSet.TEMPLATES));
            }
            try {
                String content = Files.readString(file);
                TemplateInstance instance = engine.parse(content, HTML, id).instance();
                sampleData().forEach(instance::data);
                instance.setLocale(Locale.ENGLISH).render();
            } catch (TemplateException e) {
                int line = e.getOrigin() == null ? -1 : e.getOrigin().getLine();
                throw new IllegalStateException("Template override " + file + (line > 0 ? ", line " + line : "") + ": "
                        + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Content for every parameter of every template, with each kind of block present. */
    private static Map<String, Object> sampleData() {
        Embed.Related related = new Embed.Related("https://example.org/background", "Background story",
                AnnotationBody.Relation.BACKGROUND, "Background", 1);
        Embed embed = new Embed(
                new Embed.ArticleInfo("sample", "sample-1", "Sample article", "https://example.org/sample",
                        Instant.parse("2024-01-01T00:00:00Z"), "en", "en"),
                "<p>Daesh<sup class=\"gloss-marker\"><a href=\"#gloss-note-d1\" id=\"gloss-ref-1\">*</a></sup> said.</p>",
                List.of(new Embed.DesignationNote("gloss-note-d1", "RU", DesignationCategory.TERRORIST,
                        List.of(new Embed.NamedOrganization("isis", "Daesh")), null, true,
                        "Daesh is a terrorist group banned in Russia and many other countries.", "gloss-ref-1")),
                List.of(new Embed.EditorNote("gloss-note-1", 1, "An <em>editor's</em> note", "gloss-ref-2")),
                List.of(new Embed.Source("Sample agency", "https://example.org/agency", AnnotationBody.SourceType.NEWS_AGENCY)),
                List.of(related));
        return Map.ofEntries(Map.entry("embed", embed), Map.entry("related", List.of(related)), Map.entry("link", related),
                Map.entry("marker", new EmbedComposer.MarkerView("gloss-ref-1", "*", "gloss-note-d1", "designation")),
                Map.entry("oembedUrl", "/oembed?format=json&url=https%3A%2F%2Fexample.org%2Fsample"),
                Map.entry("src", "https://gloss.example/embed/sample/sample-1/page"), Map.entry("width", 640),
                Map.entry("height", 480), Map.entry("title", "Sample article"),
                Map.entry("demoPage", "/embed/demo/sample/page"), Map.entry("demoBase", "/embed/demo/sample"));
    }
}
