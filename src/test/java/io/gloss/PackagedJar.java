package io.gloss;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged jar started as an operator would, in a work folder of its own, for the tests and
 * benchmarks that restart or kill it. Embedded H2 in a file of that folder by default, or the database
 * named by the system property {@code test.it.db-url}.
 */
public final class PackagedJar implements AutoCloseable {

    public static final String OPERATOR_KEY = "it-operator-key";

    private final Path workDir;
    private final int port = freePort();
    private final Map<String, String> settings = new HashMap<>();
    private Process process;

    public PackagedJar() {
        try {
            workDir = Files.createTempDirectory("gloss-jar-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An environment setting for the next start (GLOSS_…, QUARKUS_…, or JAVA_OPTS-like JVM options). */
    public PackagedJar with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    public Path workDir() {
        return workDir;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(workDir.resolve("server.log"));
    }

    /** Starts the jar and returns without waiting for it. */
    public Process launch() throws IOException {
        String jar = System.getProperty("test.jar", "target/quarkus-app/quarkus-run.jar");
        if (!new File(jar).exists()) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run ./mvnw verify (or package)");
        }
        String dbUrl = System.getProperty("test.it.db-url", "");
        String jvm = settings.getOrDefault("JVM_OPTIONS", "-Xmx512m");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), jvm, "-jar", new File(jar).getAbsolutePath())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("GLOSS_ADMIN_KEY", OPERATOR_KEY);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("GLOSS_REGISTRY_LIST_MAX_AGE_DAYS", "3650");
        if (!dbUrl.isBlank()) {
            env.put("GLOSS_DB_URL", dbUrl);
            env.put("GLOSS_DB_USER", System.getProperty("test.it.db-user", "postgres"));
        }
        settings.forEach((name, value) -> {
            if (!name.equals("JVM_OPTIONS")) {
                env.put(name, value);
            }
        });
        process = builder.start();
        return process;
    }

    /** Starts the jar and waits until it is ready. */
    public PackagedJar start() throws IOException, InterruptedException {
        launch();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Gloss exited while starting:\n" + log());
            }
            try {
                if (given().baseUri("http://127.0.0.1").port(port).get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (Exception notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Gloss did not become ready:\n" + log());
    }

    /** A shutdown as an operator's service manager does it. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** kill -9: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    public RequestSpecification as(String key) {
        return given().baseUri("http://127.0.0.1").port(port).header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON);
    }

    /**
     * A new publication (following RU, in {@code locale}) with an editor key; answers the path of its
     * article {@code story} and the key.
     */
    public Editor newPublication(String name, String locale) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + System.currentTimeMillis();
        as(OPERATOR_KEY).body(Map.of("name", name, "locale", locale, "jurisdictions", new String[] { "RU" }))
                .put("/api/publications/{slug}", slug).then().statusCode(201);
        String key = as(OPERATOR_KEY).body(Map.of("role", "editor")).post("/api/publications/{slug}/keys", slug)
                .then().statusCode(201).extract().path("key");
        return new Editor("/api/publications/" + slug + "/articles/story", key);
    }

    /** An editor key, and the path of the article it writes. */
    public record Editor(String article, String key) {
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
