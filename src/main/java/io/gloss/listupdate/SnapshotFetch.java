package io.gloss.listupdate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.GlossConfig;
import io.gloss.http.ProblemException;
import io.gloss.registry.ListSnapshot;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Fetches list snapshots from the URLs an operator configured ({@code gloss.registry.snapshot-urls}),
 * on a schedule ({@code gloss.registry.snapshot-fetch-every}). A snapshot that changes nothing but its date
 * is applied at once (the list was checked again); one that changes entries is applied only with
 * {@code gloss.registry.snapshot-apply=auto}, and otherwise held for the operator to review.
 */
@ApplicationScoped
public class SnapshotFetch {

    private static final Logger LOG = Logger.getLogger(SnapshotFetch.class);
    static final String BY = "scheduled fetch";

    /** What one fetch did. */
    public enum Outcome {
        APPLIED, HELD_FOR_REVIEW, ALREADY_HELD, FAILED
    }

    @Inject
    GlossConfig config;

    @Inject
    ListUpdates updates;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Scheduled(every = "${gloss.registry.snapshot-fetch-every}", delayed = "${gloss.registry.snapshot-fetch-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        config.registry().snapshotUrls().orElse(List.of()).forEach(this::fetch);
    }

    /** Fetches one snapshot and applies or holds it; failures are logged and reported, never thrown. */
    public Outcome fetch(URI url) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(config.registry().snapshotFetchTimeout())
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warnf("List snapshot %s answered %d; the registry keeps its copy", url, response.statusCode());
                return Outcome.FAILED;
            }
            ListSnapshot snapshot = json.readValue(response.body(), ListSnapshot.class);
            return take(snapshot, url);
        } catch (IOException | ProblemException e) {
            LOG.warnf("List snapshot %s could not be taken in: %s", url, e.getMessage());
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }

    private Outcome take(ListSnapshot snapshot, URI url) {
        if (alreadyHeld(snapshot)) {
            return Outcome.ALREADY_HELD;
        }
        PendingSnapshot pending = updates.receive(snapshot, url.toString(), BY);
        if (config.registry().snapshotApply() == GlossConfig.Registry.SnapshotApply.AUTO || updates.diffOf(pending).isEmpty()) {
            updates.apply(snapshot.list().code(), pending.id, BY);
            LOG.infof("Applied list snapshot %s (%s as of %s)", url, snapshot.list().code(), snapshot.list().asOf());
            return Outcome.APPLIED;
        }
        LOG.warnf("List snapshot %s changes %s: held for review as snapshot %d", url, snapshot.list().code(), pending.id);
        return Outcome.HELD_FOR_REVIEW;
    }

    @Transactional
    boolean alreadyHeld(ListSnapshot snapshot) {
        try {
            return PendingSnapshot.isPending(snapshot.list().code(), json.writeValueAsString(snapshot));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
