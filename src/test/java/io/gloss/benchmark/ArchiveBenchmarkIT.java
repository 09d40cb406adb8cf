package io.gloss.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.gloss.PackagedJar;

/**
 * A publication of 100,000 annotations (test.benchmark.archive-annotations) imported, exported without and
 * with its history, and that imported again, by the packaged jar with a heap of 64 MB
 * (test.benchmark.archive-heap): all of them stream, so none may need more than a bounded part of it. Prints the time of each and the peak heap in use and in the old generation,
 * sampled every 100 ms from the jar's own metrics.
 */
@Tag("benchmark")
class ArchiveBenchmarkIT {

    private static final int ANNOTATIONS = Integer.getInteger("test.benchmark.archive-annotations", 100_000);
    private static final int PER_ARTICLE = 1000;
    private static final String HEAP_LIMIT = System.getProperty("test.benchmark.archive-heap", "64m");
    /** The old generation in use: what outlives collections, so what an import or export would pile up. */
    private static final Pattern OLD = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]*(Old|Tenured)[^\"]*\"} ([0-9.E+]+)$",
            Pattern.MULTILINE);
    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)$", Pattern.MULTILINE);

    private final PackagedJar gloss = new PackagedJar().with("JVM_OPTIONS", "-Xmx" + HEAP_LIMIT);

    @AfterEach
    void stop() throws InterruptedException {
        gloss.stop();
    }

    @Test
    void aHundredThousandAnnotationsGoInAndOutInBoundedMemory() throws Exception {
        gloss.start();
        PackagedJar.Editor editor = gloss.newPublication("Archive Daily", "en");
        String slug = editor.article().split("/")[3];
        Path file = Files.createTempFile("gloss-archive", ".jsonl");
        int articles = write(file, "http://127.0.0.1:" + gloss.port());
        System.out.printf("Archive benchmark: %d articles, %d annotations, %d MB of JSON-LD lines%n", articles, ANNOTATIONS,
                Files.size(file) / 1_000_000);

        Sampled in = sampled(() -> gloss.as(editor.key()).contentType("application/x-ndjson").body(file.toFile())
                .post("/api/publications/{slug}/import", slug).then().statusCode(200).extract().path("annotations"));
        System.out.printf("import: %d annotations in %.1f s, peak heap in use %d MB, old generation %d MB (heap -Xmx%s)%n", in.result(),
                in.seconds(), in.peakHeapMb(), in.peakOldMb(), HEAP_LIMIT);

        Path exported = Files.createTempFile("gloss-export", ".jsonl");
        Sampled out = exported(editor.key(), slug, false, exported);
        Path withHistory = Files.createTempFile("gloss-export-history", ".jsonl");
        Sampled outWithHistory = exported(editor.key(), slug, true, withHistory);

        PackagedJar.Editor another = gloss.newPublication("Archive Weekly", "en");
        String anotherSlug = another.article().split("/")[3];
        // A recorded history is the audit trail: only the operator's key restores one.
        Sampled inWithHistory = sampled(() -> gloss.as(PackagedJar.OPERATOR_KEY).contentType("application/x-ndjson").body(withHistory.toFile())
                .post("/api/publications/{slug}/import", anotherSlug).then().statusCode(200).extract().path("annotations"));
        System.out.printf("import with history: %d annotations (%d MB) in %.1f s, peak heap in use %d MB, old generation %d MB (heap -Xmx%s)%n",
                inWithHistory.result(), Files.size(withHistory) / 1_000_000, inWithHistory.seconds(), inWithHistory.peakHeapMb(),
                inWithHistory.peakOldMb(), HEAP_LIMIT);

        assertThat(in.result()).isEqualTo(ANNOTATIONS);
        // The header, the articles, the annotations and the last line.
        assertThat(out.result()).isEqualTo(2 + articles + ANNOTATIONS);
        assertThat(outWithHistory.result()).isEqualTo(2 + articles + ANNOTATIONS);
        assertThat(inWithHistory.result()).isEqualTo(ANNOTATIONS);
        for (Path written : new Path[] { file, exported, withHistory }) {
            Files.delete(written);
        }
    }

    /** Exports the publication into {@code to}, with its annotations' history or not; prints what it took. */
    private Sampled exported(String key, String slug, boolean history, Path to) throws Exception {
        Sampled out = sampled(() -> {
            try (InputStream lines = gloss.as(key).queryParam("history", history).get("/api/publications/{slug}/export", slug).then()
                    .statusCode(200).extract().asInputStream()) {
                Files.copy(lines, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (var lines = Files.lines(to)) {
                return (int) lines.count();
            }
        });
        System.out.printf("export%s: %d lines (%d MB) in %.1f s, peak heap in use %d MB, old generation %d MB (heap -Xmx%s)%n",
                history ? " with history" : "", out.result(), Files.size(to) / 1_000_000, out.seconds(), out.peakHeapMb(), out.peakOldMb(),
                HEAP_LIMIT);
        return out;
    }

    /** An export file as another Gloss would write it: whole-article footnotes and sources, and orphans. */
    private static int write(Path file, String base) throws Exception {
        String context = "\"@context\":[\"http://www.w3.org/ns/anno.jsonld\",\"" + base + "/ns/gloss.jsonld\"]";
        int articles = (ANNOTATIONS + PER_ARTICLE - 1) / PER_ARTICLE;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{" + context + ",\"type\":\"gloss:Export\",\"gloss:format\":1}\n");
            int written = 0;
            for (int a = 0; a < articles; a++) {
                String url = "https://daily.example/story-" + a;
                String text = "Story " + a + ": the reconciliation centre said militants shelled two villages on Monday.";
                out.write("{" + context + ",\"type\":\"gloss:Article\",\"id\":\"" + url + "\",\"gloss:externalId\":\"story-" + a
                        + "\",\"gloss:title\":\"Story " + a + "\",\"gloss:url\":\"" + url + "\",\"gloss:language\":\"en\","
                        + "\"gloss:revision\":1,\"created\":\"2024-03-01T10:00:00Z\",\"modified\":\"2024-03-01T10:00:00Z\","
                        + "\"gloss:body\":\"<p>" + text + "</p>\",\"gloss:text\":\"" + text + "\"}\n");
                for (int i = 0; i < PER_ARTICLE && written < ANNOTATIONS; i++, written++) {
                    String body;
                    String target = "\"" + url + "\"";
                    String anchor = "";
                    if (i % 10 == 0) {
                        body = "\"motivation\":\"describing\",\"body\":{\"type\":\"TextualBody\",\"value\":\"Agency " + i
                                + "\",\"gloss:sourceType\":\"NEWS_AGENCY\"}";
                    } else {
                        body = "\"motivation\":\"commenting\",\"body\":{\"type\":\"TextualBody\",\"value\":\"Footnote " + i
                                + " of story " + a + ", as long as an editor's note usually is, with a source and a date.\"}";
                    }
                    if (i % 10 == 5) {
                        target = "{\"type\":\"SpecificResource\",\"source\":\"" + url + "\",\"selector\":[{\"type\":\"TextQuoteSelector\","
                                + "\"exact\":\"a passage since removed\",\"prefix\":\"before \",\"suffix\":\" after\"},"
                                + "{\"type\":\"TextPositionSelector\",\"start\":3,\"end\":26}]}";
                        anchor = ",\"gloss:anchor\":\"ORPHANED\"";
                    }
                    out.write("{" + context + ",\"id\":\"" + base + "/annotations/x/story-" + a + "/" + written + "\",\"type\":\"Annotation\","
                            + body + ",\"target\":" + target + ",\"created\":\"2024-03-01T10:00:00.123456Z\","
                            + "\"modified\":\"2024-03-02T10:00:00Z\",\"creator\":{\"type\":\"Person\",\"name\":\"Editor " + (i % 7)
                            + "\"},\"gloss:status\":\"PUBLISHED\"" + anchor + ",\"gloss:article\":\"story-" + a
                            + "\",\"gloss:updatedBy\":\"Editor " + (i % 5) + "\"}\n");
                }
            }
            out.write("{" + context + ",\"type\":\"gloss:ExportEnd\",\"gloss:articles\":" + articles + ",\"gloss:annotations\":"
                    + ANNOTATIONS + "}\n");
        }
        return articles;
    }

    private interface Step {
        int run() throws Exception;
    }

    private record Sampled(int result, double seconds, long peakHeapMb, long peakOldMb) {
    }

    /** Runs {@code step} while the jar's heap in use is read from its metrics every 100 ms. */
    private Sampled sampled(Step step) throws Exception {
        AtomicLong peak = new AtomicLong();
        AtomicLong peakOld = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                String metrics = metrics();
                peak.accumulateAndGet(sum(HEAP, metrics, 1), Math::max);
                peakOld.accumulateAndGet(sum(OLD, metrics, 2), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        int result;
        try {
            result = step.run();
        } finally {
            running.set(false);
            sampler.join();
        }
        return new Sampled(result, (System.nanoTime() - started) / 1e9, peak.get() / 1_000_000, peakOld.get() / 1_000_000);
    }

    private String metrics() {
        return given().baseUri("http://127.0.0.1").port(gloss.port()).header("Authorization", "Bearer " + PackagedJar.OPERATOR_KEY)
                .get("/q/metrics").asString();
    }

    private static long sum(Pattern pattern, String metrics, int group) {
        long sum = 0;
        Matcher used = pattern.matcher(metrics);
        while (used.find()) {
            sum += (long) Double.parseDouble(used.group(group));
        }
        return sum;
    }
}
