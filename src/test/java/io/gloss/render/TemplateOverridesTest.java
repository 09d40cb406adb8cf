package io.gloss.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;

/** Start-up checks of an operator's overrides, without a server. */
class TemplateOverridesTest {

    // In the server, Quarkus generates resolvers for Gloss's types; here reflection stands in for them.
    private final Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver()).build();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void aBrokenOverrideIsRefusedNamingFileAndLine() throws IOException {
        write("embed/related.html", "<aside>\n{link.title}\n{/if}\n</aside>\n");
        assertThatThrownBy(() -> TemplateOverrides.validate(dir, engine))
                .hasMessageContaining("embed" + dir.getFileSystem().getSeparator() + "related.html")
                .hasMessageContaining("line 3");
    }

    @Test
    void anOverrideNamingAPropertyThatDoesNotExistIsRefused() throws IOException {
        write("embed/related.html", "<aside>\n{link.titel}</aside>");
        assertThatThrownBy(() -> TemplateOverrides.validate(dir, engine))
                .hasMessageContaining("related.html, line 2").hasMessageContaining("titel");
    }

    @Test
    void anOverrideThatDoesNotReplaceATemplateIsRefused() throws IOException {
        write("embed/blocs.html", "<p>typo</p>");
        assertThatThrownBy(() -> TemplateOverrides.validate(dir, engine))
                .hasMessageContaining("blocs.html").hasMessageContaining("does not replace any Gloss template");
    }

    @Test
    void aWorkingOverridePasses() throws IOException {
        write("embed/related.html", "<aside class=\"ours\">{link.title}</aside>");
        TemplateOverrides.validate(dir, engine);
    }

    @Test
    void everyShippedTemplateIsListedAsOverridable() throws IOException {
        Path shipped = Path.of("templates");
        try (Stream<Path> files = Files.walk(shipped)) {
            List<String> found = files.filter(Files::isRegularFile)
                    .map(f -> shipped.relativize(f).toString().replace('\\', '/')).sorted().toList();
            assertThat(found).containsExactlyInAnyOrderElementsOf(TemplateSet.TEMPLATES);
        }
    }
}
