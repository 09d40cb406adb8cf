package io.gloss;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged jar, started as an operator would, keeps its data across a restart: publications,
 * keys (by their hash), articles, annotations and their history. Runs on embedded H2 in a file by
 * default, or on the database named by the system property {@code gloss.it.db-url}.
 */
class RestartIT {

    private static final String OPERATOR_KEY = "it-operator-key";

    private Process server;
    private final int port = freePort();
    private final Path workDir = createWorkDir();

    @AfterEach
    void stop() throws InterruptedException {
        stopServer();
    }

    @Test
    void dataSurvivesARestartOfThePackagedJar() throws Exception {
        startServer();
        String slug = "restart-" + System.currentTimeMillis();
        as(OPERATOR_KEY).body(Map.of("name", "Restart Daily", "locale", "ru", "jurisdictions", new String[] { "RU" }))
                .put("/api/publications/{slug}", slug).then().statusCode(201);
        String key = as(OPERATOR_KEY).body(Map.of("role", "editor")).post("/api/publications/{slug}/keys", slug)
                .then().statusCode(201).extract().path("key");
        String article = "/api/publications/" + slug + "/articles/story";
        as(key).body(Map.of("title", "Боевики «ИГИЛ» 🚨", "language", "ru",
                "body", "<p>Боевики группировки ИГИЛ атаковали позиции.</p>")).put(article).then().statusCode(201);
        long id = as(key).body("""
                {"kind":"FOOTNOTE","status":"PUBLISHED","target":{"exact":"ИГИЛ"},"body":{"text":"Запрещена в России."}}
                """).post(article + "/annotations").then().statusCode(201).extract().jsonPath().getLong("id");
        as(key).body("""
                {"kind":"FOOTNOTE","status":"PUBLISHED","target":{"exact":"ИГИЛ"},"body":{"text":"Организация запрещена в России."}}
                """).put(article + "/annotations/" + id).then().statusCode(200);

        stopServer();
        startServer();

        as(key).get(article).then().statusCode(200)
                .body("title", equalTo("Боевики «ИГИЛ» 🚨"))
                .body("text", equalTo("Боевики группировки ИГИЛ атаковали позиции."));
        as(key).get(article + "/annotations/" + id).then().statusCode(200)
                .body("body.text", equalTo("Организация запрещена в России."))
                .body("target.start", equalTo(20)).body("version", equalTo(1));
        as(key).get(article + "/annotations/" + id + "/history").then().statusCode(200)
                .body("change", contains("CREATED", "UPDATED"));
    }

    @Test
    void aBrokenTemplateOverrideStopsStartUpNamingFileAndLine() throws Exception {
        Path overrides = workDir.resolve("overrides");
        Files.createDirectories(overrides.resolve("embed"));
        Files.writeString(overrides.resolve("embed/related.html"), "<aside>\n{link.title}\n{/if}\n</aside>\n");

        server = launch(Map.of("GLOSS_TEMPLATES_DIR", overrides.toString()));

        assertThat(server.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).as("Gloss refuses to start").isTrue();
        assertThat(server.exitValue()).isNotZero();
        assertThat(Files.readString(workDir.resolve("server.log")))
                .contains("Template embed/related.html comes from the override " + overrides.resolve("embed/related.html"))
                .contains("Parser error in template [embed/related.html:3]");
    }

    private RequestSpecification as(String key) {
        return given().baseUri("http://127.0.0.1").port(port).header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON);
    }

    private void startServer() throws IOException, InterruptedException {
        server = launch(Map.of());
        awaitReady();
    }

    private Process launch(Map<String, String> settings) throws IOException {
        String jar = System.getProperty("gloss.jar", "target/quarkus-app/quarkus-run.jar");
        assertThat(new File(jar)).as("packaged jar (run mvn verify)").exists();
        String dbUrl = System.getProperty("gloss.it.db-url", "");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", new File(jar).getAbsolutePath())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("GLOSS_ADMIN_KEY", OPERATOR_KEY);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        if (!dbUrl.isBlank()) {
            env.put("GLOSS_DB_URL", dbUrl);
            env.put("GLOSS_DB_USER", System.getProperty("gloss.it.db-user", "postgres"));
        }
        env.putAll(settings);
        return builder.start();
    }

    private void awaitReady() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Gloss exited while starting:\n" + Files.readString(workDir.resolve("server.log")));
            }
            try {
                if (given().baseUri("http://127.0.0.1").port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Gloss did not become ready:\n" + Files.readString(workDir.resolve("server.log")));
    }

    private void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        server = null;
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

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("gloss-restart-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
