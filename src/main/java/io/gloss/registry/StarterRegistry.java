package io.gloss.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Loads the registry that ships with Gloss into an empty database, so a new installation labels
 * the best-known designated organisations from its first article. Entries whose facts are not yet
 * verified say so in their {@code confidence} and {@code note}.
 */
@ApplicationScoped
public class StarterRegistry {

    static final String RESOURCE = "/registry/starter-registry.json";
    private static final Logger LOG = Logger.getLogger(StarterRegistry.class);

    @ConfigProperty(name = "gloss.registry.load-starter", defaultValue = "true")
    boolean enabled;

    @Inject
    RegistryService registry;

    @Inject
    ObjectMapper json;

    // Before the demo data, which refers to these organisations.
    void onStart(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY - 100) StartupEvent event) {
        if (enabled) {
            int loaded = loadIfEmpty();
            if (loaded > 0) {
                LOG.infof("Loaded the starter registry: %d organisations", loaded);
            }
        }
    }

    @Transactional
    int loadIfEmpty() {
        if (Organization.count() > 0) {
            return 0;
        }
        JsonNode organizations = read().path("organizations");
        for (JsonNode node : organizations) {
            try {
                registry.upsert(node.path("slug").asText(), json.treeToValue(node, OrganizationEntry.class), null);
            } catch (IOException e) {
                throw new UncheckedIOException("The starter registry entry " + node.path("slug") + " is malformed", e);
            }
        }
        return organizations.size();
    }

    private JsonNode read() {
        try (InputStream in = StarterRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The starter registry " + RESOURCE + " is missing from the build");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
