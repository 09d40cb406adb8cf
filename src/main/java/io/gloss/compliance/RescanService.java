package io.gloss.compliance;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

import io.gloss.WriteCollision;
import io.gloss.article.Article;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rechecks every article against the current registry in the background and records the ones
 * whose compliance changed. Articles are read in id order in small batches, each in its own
 * transaction, so the scan holds no long locks, survives 100,000 articles in bounded memory, and
 * shows its progress as it goes; one background thread leaves the other core to the API.
 */
@ApplicationScoped
public class RescanService {

    /** Where rescan jobs are found in the API. */
    public static final String JOBS_PATH = "/api/registry/rescan";

    /** The address of one rescan job, for a Location or a link. */
    public static URI jobUri(long jobId) {
        return URI.create(JOBS_PATH + "/" + jobId);
    }

    private static final Logger LOG = Logger.getLogger(RescanService.class);
    static final int BATCH_SIZE = 200;
    private static final int MAX_ATTEMPTS = 10;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gloss-rescan");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    ComplianceBaseline baseline;

    /** A job just started, or the one already running (a second scan at once would only repeat its work). */
    public record Started(RescanJob job, boolean alreadyRunning) {
    }

    public Started start(String startedBy) {
        Started started = QuarkusTransaction.requiringNew().call(() -> RescanJob.running()
                .map(running -> new Started(running, true))
                .orElseGet(() -> new Started(newJob(startedBy), false)));
        if (!started.alreadyRunning()) {
            long jobId = started.job().id;
            worker.execute(() -> run(jobId));
        }
        return started;
    }

    /**
     * A rescan that reads the registry as it is now, after any that is running: a registry change made
     * while a scan is under way may come after that scan passed an article, so it gets a scan of its own.
     * Jobs run one after the other on the one background thread.
     */
    public RescanJob startAfterChange(String startedBy) {
        RescanJob job = QuarkusTransaction.requiringNew().call(() -> newJob(startedBy));
        long jobId = job.id;
        worker.execute(() -> {
            QuarkusTransaction.requiringNew().run(() -> RescanJob.<RescanJob>findById(jobId).heartbeatAt = Instant.now());
            run(jobId);
        });
        return job;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static RescanJob newJob(String startedBy) {
        RescanJob job = new RescanJob();
        job.status = RescanJob.Status.RUNNING;
        job.total = Math.toIntExact(Article.countLive());
        job.startedBy = startedBy;
        job.startedAt = Instant.now();
        job.heartbeatAt = job.startedAt;
        job.persistAndFlush();
        return job;
    }

    private void run(long jobId) {
        try {
            long cursor = 0;
            while (!Thread.currentThread().isInterrupted()) {
                Long last = scanBatchRetrying(jobId, cursor);
                if (last == null) {
                    finish(jobId, RescanJob.Status.DONE, null);
                    return;
                }
                cursor = last;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rescan %d failed", jobId);
            finish(jobId, RescanJob.Status.FAILED, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A batch that collides with a writer (an editor saving an article the batch rechecks) changed
     * nothing and is scanned again, a little later each time: one collision must not abort a scan of
     * thousands of articles (as found: FAILED at 0/3030 on an OptimisticLockException).
     */
    private Long scanBatchRetrying(long jobId, long afterId) {
        return WriteCollision.retrying(MAX_ATTEMPTS, () -> QuarkusTransaction.requiringNew().call(() -> scanBatch(jobId, afterId)));
    }

    /** Scans the next batch; answers the last article id scanned, or null when there was none left. */
    private Long scanBatch(long jobId, long afterId) {
        List<Article> batch = Article.liveAfter(afterId, BATCH_SIZE);
        RescanJob job = RescanJob.findById(jobId);
        int affected = 0;
        for (Article article : batch) {
            String before = baseline.recordedStatus(article);
            ComplianceSummary now = baseline.record(article);
            if (now != null) {
                affected++;
                RescanChange change = new RescanChange();
                change.jobId = jobId;
                change.publication = article.publication.slug;
                change.externalId = article.externalId;
                change.statusBefore = before;
                change.statusAfter = now.status().name();
                change.summaryAfter = now.text().length() <= 4000 ? now.text() : now.text().substring(0, 3997) + "...";
                change.persist();
            }
        }
        // Articles created during the scan make done pass the total counted at the start.
        job.done += batch.size();
        job.total = Math.max(job.total, job.done);
        job.affected += affected;
        job.heartbeatAt = Instant.now();
        return batch.isEmpty() ? null : batch.get(batch.size() - 1).id;
    }

    private static void finish(long jobId, RescanJob.Status status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            RescanJob job = RescanJob.findById(jobId);
            job.status = status;
            job.failure = failure;
            job.finishedAt = Instant.now();
            job.heartbeatAt = job.finishedAt;
        });
    }
}
