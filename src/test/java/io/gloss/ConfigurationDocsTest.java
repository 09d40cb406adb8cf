package io.gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigMappingInterface.Property;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;

/** docs/configuration.md lists every setting of {@link GlossConfig}, with its default, and no other. */
class ConfigurationDocsTest {

    private static final Path DOCS = Path.of("docs/configuration.md");
    /** A table row: | `gloss.name` | `default` or (unset) | what it does | */
    private static final Pattern ROW = Pattern.compile("^\\| `(gloss\\.[a-z.-]+)` \\| (?:`([^`]*)`|\\(unset\\)) \\|", Pattern.MULTILINE);

    @Test
    void theDocumentedSettingsAreTheMappingsWithTheirDefaults() throws IOException {
        Map<String, String> mapped = new TreeMap<>();
        ConfigMappings.getProperties(ConfigClass.configClass(GlossConfig.class, "gloss")).forEach((name, property) -> {
            // A list is documented once, not also in its indexed form (name[*]).
            if (!property.isGroup() && !name.endsWith("[*]")) {
                mapped.put(name, defaultOf(property));
            }
        });
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(DOCS));
        while (row.find()) {
            documented.put(row.group(1), row.group(2) == null ? "(unset)" : row.group(2));
        }
        assertThat(mapped).as("settings of GlossConfig").hasSizeGreaterThan(15);
        assertThat(documented).as("the table in " + DOCS).isEqualTo(mapped);
    }

    private static String defaultOf(Property property) {
        return property.hasDefaultValue() ? property.getDefaultValue() : "(unset)";
    }
}
