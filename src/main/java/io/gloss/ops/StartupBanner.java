package io.gloss.ops;

import java.nio.file.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.gloss.GlossConfig;
import io.gloss.demo.DemoData;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Inject;
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

    @Inject
    GlossConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    // After the demo data, so the banner is the last thing a newcomer reads.
    void onStart(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 100) StartupEvent event) {
        String base = "http://localhost:" + port;
        StringBuilder banner = new StringBuilder("Gloss is ready.")
                .append("\n  Landing:   ").append(base).append("/")
                .append("\n  Database:  ").append(databaseLocation(databaseUrl, Path.of("")))
                .append("\n  API docs:  ").append(base).append("/q/swagger-ui")
                .append("\n  OpenAPI:   ").append(base).append("/q/openapi")
                .append("\n  Health:    ").append(base).append("/q/health");
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            banner.append("\n  Dev UI:    ").append(base).append("/q/dev-ui");
        }
        if (config.demo()) {
            banner.append("\n  Demo:      ").append(base).append("/api/publications/").append(DemoData.PUBLICATION)
                    .append("/articles/").append(DemoData.ARTICLE).append(" (with the operator key)");
        }
        if (config.adminKey().filter(key -> !key.isBlank()).isEmpty()) {
            banner.append("\n  No operator key is configured (GLOSS_ADMIN_KEY): publications and keys cannot be managed.");
        }
        LOG.info(banner);
    }

    /**
     * Where the data is: an H2 file as an absolute path, because a relative one silently makes a new,
     * empty database when Gloss is started from another directory; any other URL without its parameters.
     */
    static String databaseLocation(String jdbcUrl, Path workingDirectory) {
        String withoutParameters = jdbcUrl.replaceFirst("[;?].*$", "");
        String h2File = "jdbc:h2:file:";
        if (!withoutParameters.startsWith(h2File)) {
            return withoutParameters;
        }
        String file = withoutParameters.substring(h2File.length());
        Path path = file.startsWith("~") ? Path.of(System.getProperty("user.home"), file.substring(1)) : Path.of(file);
        return "H2 file " + workingDirectory.toAbsolutePath().resolve(path).normalize() + ".mv.db";
    }
}
