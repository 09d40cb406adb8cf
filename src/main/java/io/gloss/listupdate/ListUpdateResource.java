package io.gloss.listupdate;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.compliance.RescanService;
import io.gloss.http.ProblemException;
import io.gloss.publication.Caller;
import io.gloss.registry.ListDiff;
import io.gloss.registry.ListSnapshot;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * New copies of an official list: upload one to see what it changes, then apply it (which starts a
 * rescan) or discard it.
 */
@Path("/api/registry/lists/{code}/snapshots")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Registry")
public class ListUpdateResource {

    /** {@code rescan}: where the rescan an applied snapshot started reports the articles that now owe a label. */
    public record SnapshotView(long id, String list, PendingSnapshot.State state, String origin, String receivedBy,
            Instant receivedAt, String decidedBy, Instant decidedAt, String rescan, ListDiff diff) {
    }

    @Inject
    ListUpdates updates;

    @Inject
    Caller caller;

    @POST
    public Response receive(@PathParam("code") String code, @Valid @NotNull ListSnapshot snapshot) {
        if (!code.equals(snapshot.list().code())) {
            throw ProblemException.invalid("list.code", "is '" + snapshot.list().code() + "', but the snapshot was sent to list '" + code + "'");
        }
        PendingSnapshot pending = updates.receive(snapshot, "upload", caller.name());
        return Response.created(UriBuilder.fromResource(ListUpdateResource.class).path("{id}").build(code, pending.id))
                .entity(view(pending)).build();
    }

    @GET
    @Transactional
    public List<SnapshotView> all(@PathParam("code") String code) {
        return PendingSnapshot.ofList(code).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public SnapshotView get(@PathParam("code") String code, @PathParam("id") long id) {
        return view(updates.find(code, id));
    }

    @POST
    @Path("{id}/apply")
    public Response apply(@PathParam("code") String code, @PathParam("id") long id) {
        ListUpdates.Applied applied = updates.apply(code, id, caller.name());
        return Response.ok(view(applied.snapshot(), applied.rescanJobId()))
                .location(RescanService.jobUri(applied.rescanJobId())).build();
    }

    @DELETE
    @Path("{id}")
    public SnapshotView discard(@PathParam("code") String code, @PathParam("id") long id) {
        return view(updates.discard(code, id, caller.name()));
    }

    private SnapshotView view(PendingSnapshot s) {
        return view(s, s.rescanJobId);
    }

    private SnapshotView view(PendingSnapshot s, Long rescanJobId) {
        return new SnapshotView(s.id, s.listCode, s.state, s.origin, s.receivedBy, s.receivedAt, s.decidedBy, s.decidedAt,
                rescanJobId == null ? null : RescanService.jobUri(rescanJobId).toString(), updates.diffOf(s));
    }
}
