package io.gloss.ops;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.gloss.demo.DemoData;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.annotation.Priority;

/** Tells whoever started Gloss where to look, and what is not configured yet. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @ConfigProperty(name = "gloss.admin-key")
    Optional<String> adminKey;

    @ConfigProperty(name = "gloss.demo")
    boolean demo;

    // After the demo data, so the banner is the last thing a newcomer reads.
    void onStart(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 100) StartupEvent event) {
        String base = "http://localhost:" + port;
        StringBuilder banner = new StringBuilder("Gloss is ready.")
                .append("\n  API docs:  ").append(base).append("/q/swagger-ui")
                .append("\n  OpenAPI:   ").append(base).append("/q/openapi")
                .append("\n  Health:    ").append(base).append("/q/health");
        if (demo) {
            banner.append("\n  Demo:      ").append(base).append("/api/publications/").append(DemoData.PUBLICATION)
                    .append("/articles/").append(DemoData.ARTICLE).append(" (with the operator key)");
        }
        if (adminKey.filter(key -> !key.isBlank()).isEmpty()) {
            banner.append("\n  No operator key is configured (GLOSS_ADMIN_KEY): publications and keys cannot be managed.");
        }
        LOG.info(banner);
    }
}
