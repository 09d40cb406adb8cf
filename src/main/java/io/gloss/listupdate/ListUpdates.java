package io.gloss.listupdate;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.compliance.RescanService;
import io.gloss.http.ProblemException;
import io.gloss.registry.ListDiff;
import io.gloss.registry.ListSnapshot;
import io.gloss.registry.RegistryLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Keeping the lists current: a new copy of a list is first held with its difference to the registry
 * (added, renamed, suspended, delisted entries), then applied or discarded. Applying changes the registry
 * (every change in its history) and starts a rescan, whose result lists the articles that now owe a label.
 */
@ApplicationScoped
public class ListUpdates {

    @Inject
    RegistryLists lists;

    @Inject
    RescanService rescans;

    @Inject
    ObjectMapper json;

    /** What an applied snapshot changed and the rescan it started. */
    public record Applied(PendingSnapshot snapshot, ListDiff diff, long rescanJobId) {
    }

    @Transactional
    public PendingSnapshot receive(ListSnapshot snapshot, String origin, String by) {
        ListDiff diff = lists.diff(snapshot);
        PendingSnapshot pending = new PendingSnapshot();
        pending.listCode = snapshot.list().code();
        pending.state = PendingSnapshot.State.PENDING;
        pending.origin = origin;
        pending.body = write(snapshot);
        pending.diff = write(diff);
        if (pending.body.length() > PendingSnapshot.MAX_CHARS || pending.diff.length() > PendingSnapshot.MAX_CHARS) {
            throw ProblemException.invalid("entries", "the snapshot is larger than Gloss keeps (" + PendingSnapshot.MAX_CHARS
                    + " characters of JSON); split the list");
        }
        pending.receivedBy = by;
        pending.receivedAt = Instant.now();
        pending.persist();
        return pending;
    }

    public Applied apply(String code, long id, String by) {
        Applied applied = applyInTransaction(code, id, by);
        // The rescan reads the committed registry, so it starts once the change is in.
        long job = rescans.startAfterChange(by).id;
        setRescan(applied.snapshot().id, job);
        return new Applied(applied.snapshot(), applied.diff(), job);
    }

    @Transactional
    Applied applyInTransaction(String code, long id, String by) {
        PendingSnapshot pending = find(code, id);
        requirePending(pending);
        ListDiff diff = lists.apply(read(pending.body));
        pending.state = PendingSnapshot.State.APPLIED;
        pending.diff = write(diff);
        pending.decidedBy = by;
        pending.decidedAt = Instant.now();
        return new Applied(pending, diff, 0);
    }

    @Transactional
    void setRescan(long id, long job) {
        PendingSnapshot.<PendingSnapshot>findById(id).rescanJobId = job;
    }

    @Transactional
    public PendingSnapshot discard(String code, long id, String by) {
        PendingSnapshot pending = find(code, id);
        requirePending(pending);
        pending.state = PendingSnapshot.State.DISCARDED;
        pending.decidedBy = by;
        pending.decidedAt = Instant.now();
        return pending;
    }

    public PendingSnapshot find(String code, long id) {
        return PendingSnapshot.<PendingSnapshot>findByIdOptional(id).filter(s -> s.listCode.equals(code))
                .orElseThrow(() -> ProblemException.notFound("No snapshot " + id + " of list '" + code + "'"));
    }

    private static void requirePending(PendingSnapshot pending) {
        if (pending.state != PendingSnapshot.State.PENDING) {
            throw ProblemException.conflict("Snapshot " + pending.id + " was already " + pending.state.name().toLowerCase());
        }
    }

    public ListDiff diffOf(PendingSnapshot pending) {
        try {
            return json.readValue(pending.diff, ListDiff.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored difference of snapshot " + pending.id + " is not readable", e);
        }
    }

    ListSnapshot read(String body) {
        try {
            return json.readValue(body, ListSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored snapshot is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A snapshot always serialises", e);
        }
    }
}
