package io.gloss.benchmark;

import static io.gloss.TestApi.annotate;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.asOperator;
import static io.gloss.TestApi.editorKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.gloss.TestApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Requests per second of the embed endpoints against a constant-string endpoint of the same server,
 * driven by wrk over loopback. Cached: the render cache as configured; uncached: the subclass turns
 * it off so every request reads the database and renders. Prints figures; run with
 * {@code ./mvnw test -Dgroups=benchmark -Dtest.excluded-groups= -Dtest='*EmbedBenchmark'} (add the
 * PostgreSQL options from the README for PostgreSQL).
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(EmbedBenchmark.Cached.class)
public class EmbedBenchmark {

    private static final String DURATION = System.getProperty("test.benchmark.duration", "10s");
    private static final String CONNECTIONS = System.getProperty("test.benchmark.connections", "32");

    public static class Cached implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gloss.render.revalidate-after", "1S", "quarkus.log.category.\"io.gloss\".level", "INFO",
                    "test.db-name", "gloss-bench");
        }
    }

    public static class Uncached extends Cached {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("gloss.render.cache-size", "0");
            return overrides;
        }
    }

    @Test
    void embedThroughputAgainstAConstantEndpoint() throws Exception {
        Assumptions.assumeTrue(wrkInstalled(), "wrk is not installed (apt-get install -y wrk); benchmark skipped");
        String slug = realisticArticle();
        String base = "http://127.0.0.1:" + RestAssured.port;
        String mode = getClass() == EmbedBenchmark.class ? "cached" : "uncached";
        String database = String.valueOf(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.datasource.db-kind", String.class));

        List<String> paths = List.of("", "/body", "/page", ".json");
        // Warm up every path first (twice: the JIT keeps compiling), so that no measurement pays for it.
        for (int round = 0; round < 2; round++) {
            wrk("3s", base + "/benchmark/constant");
            for (String path : paths) {
                wrk("3s", base + "/embed/" + slug + "/story" + path);
            }
        }
        for (String path : paths) {
            // The yardstick is measured next to each endpoint: the machine may change under the run.
            double constant = requestsPerSecond(base + "/benchmark/constant");
            double embed = requestsPerSecond(base + "/embed/" + slug + "/story" + path);
            System.out.printf("BENCHMARK %s %-8s /embed/{slug}/{id}%-6s %,10.0f req/s  constant %,10.0f req/s  ratio %.2f%n",
                    database, mode, path, embed, constant, embed / constant);
        }
    }

    /** An 800-word story naming three designated organisations, with ten annotations. */
    private static String realisticArticle() {
        String slug = TestApi.newPublication();
        String key = editorKey(slug);
        StringBuilder body = new StringBuilder();
        String[] paragraphs = {
            "Militants in the Idlib de-escalation zone shelled two villages in the north of Hama province overnight, "
                    + "the Russian Defence Ministry's reconciliation centre said on Tuesday.",
            "According to the centre, the attacks were carried out by armed groups allied with Daesh and "
                    + "<a href=\"https://news.example/hts\">Tahrir al-Sham</a>, formerly known as \u201Cthe al-Nusra Front\u201D.",
            "Four civilians were wounded, and the militants used multiple rocket launchers against positions of the "
                    + "Syrian army near the town of Kafr Nabuda, the centre added.",
            "The zone was set up under a 2018 agreement between Russia and Turkey, which obliged Ankara to separate "
                    + "<em>moderate</em> opposition fighters from terrorist groups.",
        };
        for (String paragraph : paragraphs) {
            body.append("<p>").append(paragraph).append("</p>\n");
        }
        for (int i = 1; i <= 16; i++) {
            body.append("<p>In the ").append(i).append(i == 1 ? "st" : i == 2 ? "nd" : i == 3 ? "rd" : "th")
                    .append(" hour of the shelling, residents of the district reported damage to houses, a school and "
                            + "the water station, and local officials asked for buses to take families to safer areas.</p>\n");
        }
        as(key).body(Map.of("title", "Militants shell villages in northern Hama", "language", "en",
                "body", body.toString(), "publishedAt", "2024-05-28T09:30:00+03:00", "url", "https://news.example/story"))
                .put(TestApi.articlePath(slug, "story")).then().statusCode(201);
        annotate(slug, key, "story", """
                {"kind":"DESIGNATION","status":"PUBLISHED","target":{"exact":"Daesh"},"body":{"organization":"isis","decision":"CONFIRMED"}}""");
        annotate(slug, key, "story", """
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Sputnik","url":"https://sputnik.example/","type":"NEWS_AGENCY"}}""");
        annotate(slug, key, "story", """
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Russian Defence Ministry","type":"OFFICIAL"}}""");
        annotate(slug, key, "story", """
                {"kind":"SOURCE","status":"PUBLISHED","body":{"name":"Own reporting","type":"OWN_REPORTING"}}""");
        for (int i = 1; i <= 3; i++) {
            annotate(slug, key, "story", """
                    {"kind":"RELATED_LINK","status":"PUBLISHED","body":{"url":"https://news.example/r%d","title":"Related story %d","relation":"BACKGROUND","afterParagraph":%d}}"""
                    .formatted(i, i, i * 4));
        }
        annotate(slug, key, "story", TestApi.footnote("Kafr Nabuda", "Also transliterated <i>Kafr Nabudah</i>."));
        annotate(slug, key, "story", """
                {"kind":"FOOTNOTE","status":"PUBLISHED","body":{"text":"Figures from the reconciliation centre."}}""");
        annotate(slug, key, "story", """
                {"kind":"FOOTNOTE","status":"PUBLISHED","body":{"text":"Updated at 14:00 with the army's reply."}}""");
        asOperator().get("/api/publications/{slug}", slug).then().statusCode(200);
        return slug;
    }

    private static double requestsPerSecond(String url) throws IOException, InterruptedException {
        String output = wrk(DURATION, url);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!rate.find() || output.contains("Non-2xx")) {
            throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
        }
        return Double.parseDouble(rate.group(1));
    }

    private static String wrk(String duration, String url) throws IOException, InterruptedException {
        return run("wrk", "-t1", "-c" + CONNECTIONS, "-d" + duration, url);
    }

    private static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
