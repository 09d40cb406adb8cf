package io.gloss.article;

import static io.gloss.TestApi.articlePath;
import static io.gloss.TestApi.as;
import static io.gloss.TestApi.editorKey;
import static io.gloss.TestApi.newPublication;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** CMS retries send the same article at once; each answer is a success or a retryable conflict, never a 5xx. */
@QuarkusTest
class ConcurrentWritesTest {

    @Test
    void simultaneousFirstPushesOfOneArticleNeverFailWithServerErrors() throws Exception {
        String slug = newPublication();
        String key = editorKey(slug);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> pushes = new ArrayList<>();
            for (int article = 0; article < 10; article++) {
                String path = articlePath(slug, "race-" + article);
                for (int copy = 0; copy < 4; copy++) {
                    String body = "<p>Version " + copy + " of the story.</p>";
                    pushes.add(() -> as(key).body(Map.of("title", "Race", "language", "en", "body", body))
                            .put(path).statusCode());
                }
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(pushes, 60, TimeUnit.SECONDS)) {
                statuses.add(status.get());
            }
            assertThat(statuses).isNotEmpty().allMatch(status -> status == 200 || status == 201 || status == 409 || status == 412);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(10);
        } finally {
            pool.shutdownNow();
        }
    }
}
