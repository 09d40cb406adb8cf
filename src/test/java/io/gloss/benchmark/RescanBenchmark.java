package io.gloss.benchmark;

import static io.gloss.TestApi.as;
import static io.gloss.TestApi.asOperator;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static io.gloss.TestApi.putArticle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.gloss.publication.Publication;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Rescans 100,000 stored articles and measures how the API answers meanwhile. Prints figures; run
 * with {@code ./mvnw test -Dgroups=benchmark -Dtest.excluded-groups= -Dtest=RescanBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class RescanBenchmark {

    private static final int ARTICLES = Integer.getInteger("test.benchmark.articles", 100_000);
    private static final String[] PARAGRAPHS = {
        "Militants in the Idlib de-escalation zone shelled two villages overnight, the reconciliation centre said.",
        "The attacks were carried out by groups allied with Daesh and Tahrir al-Sham, formerly known as the al-Nusra Front.",
        "The city council approved the budget for road repairs after a long debate on Tuesday evening.",
        "Боевики группировки «Исламское государство» атаковали позиции правительственных войск.",
        "Local farmers expect a good harvest this year thanks to the mild spring and steady rain.",
    };

    @Inject
    DataSource dataSource;

    @Test
    void rescanOfAHundredThousandArticlesLeavesTheApiResponsive() throws Exception {
        String slug = newPublication();
        String key = editorKey(slug);
        putArticle(slug, key, "probe", "<p>A probe article read while the rescan runs.</p>");
        long publicationId = QuarkusTransaction.requiringNew().call(() -> Publication.findBySlug(slug).orElseThrow().id);
        Instant insertStart = Instant.now();
        insertArticles(publicationId);
        System.out.printf("inserted %,d articles in %s%n", ARTICLES, Duration.between(insertStart, Instant.now()));

        for (String round : new String[] { "first rescan (no baseline yet)", "second rescan (nothing changed)" }) {
            Instant start = Instant.now();
            String location = asOperator().post("/api/registry/rescan").then().statusCode(202).extract().header("Location");
            List<Long> latenciesMicros = new ArrayList<>();
            JsonPath job;
            do {
                long before = System.nanoTime();
                as(key).get("/api/publications/" + slug + "/articles/probe").then().statusCode(200);
                latenciesMicros.add((System.nanoTime() - before) / 1000);
                job = asOperator().get(location + "?size=1").then().statusCode(200).extract().jsonPath();
                Thread.sleep(20);
            } while (job.getString("status").equals("RUNNING"));
            Duration took = Duration.between(start, Instant.now());
            Collections.sort(latenciesMicros);
            System.out.printf("%s: %s, %,d articles, %,d affected, %.0f articles/s; API GET during scan: "
                    + "p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests%n",
                    round, job.getString("status"), job.getInt("done"), job.getInt("affected"),
                    job.getInt("done") / (took.toMillis() / 1000.0), percentile(latenciesMicros, 50),
                    percentile(latenciesMicros, 95), latenciesMicros.get(latenciesMicros.size() - 1) / 1000.0,
                    latenciesMicros.size());
        }
    }

    private void insertArticles(long publicationId) throws SQLException {
        String sql = "INSERT INTO article (publication_id, external_id, title, language, published_at, body, plain_text,"
                + " revision, version, created_at, updated_at) VALUES (?, ?, ?, 'en', ?, ?, ?, 1, 0, ?, ?)";
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder text = new StringBuilder();
                for (int p = 0; p < 12; p++) {
                    text.append(PARAGRAPHS[(i + p * 7) % PARAGRAPHS.length]).append('\n');
                }
                insert.setLong(1, publicationId);
                insert.setString(2, "bulk-" + i);
                insert.setString(3, "Bulk article " + i);
                insert.setTimestamp(4, Timestamp.from(Instant.parse("2021-01-01T00:00:00Z").plusSeconds(i * 60L)));
                insert.setString(5, "<p>" + text.toString().replace("\n", "</p><p>") + "</p>");
                insert.setString(6, text.toString().strip());
                insert.setTimestamp(7, now);
                insert.setTimestamp(8, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static double percentile(List<Long> sortedMicros, int percentile) {
        return sortedMicros.get(Math.min(sortedMicros.size() - 1, sortedMicros.size() * percentile / 100)) / 1000.0;
    }
}
