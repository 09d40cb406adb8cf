package io.gloss.compliance;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.access.Roles;
import io.gloss.http.ProblemException;
import io.gloss.http.QueryParams;
import io.gloss.publication.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** After a registry change: find the articles whose compliance changed. */
@Path(RescanService.JOBS_PATH)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Registry")
public class RescanResource {

    public record JobView(long id, RescanJob.Status status, int done, int total, int affected, String startedBy,
            Instant startedAt, Instant finishedAt, String failure, List<ChangeView> changes) {
    }

    public record ChangeView(String publication, String externalId, String statusBefore, String statusAfter,
            String owes) {
    }

    @Inject
    RescanService rescans;

    @Inject
    Caller caller;

    /** Starts a rescan (202); while one runs, answers with that one instead of starting another. */
    @POST
    public Response start() {
        RescanService.Started started = rescans.start(caller.name());
        return Response.accepted(view(started.job(), List.of()))
                .location(RescanService.jobUri(started.job().id)).build();
    }

    /** Progress; once done, the affected articles, a page at a time. */
    @GET
    @Path("{id}")
    @Transactional
    public JobView get(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        RescanJob job = RescanJob.<RescanJob>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No rescan " + id));
        QueryParams.Paging paging = QueryParams.paging(page, size, 100, 1000);
        List<ChangeView> changes = RescanChange.page(id, paging.page(), paging.size()).stream()
                .map(c -> new ChangeView(c.publication, c.externalId, c.statusBefore, c.statusAfter, c.summaryAfter))
                .toList();
        return view(job, changes);
    }

    private static JobView view(RescanJob job, List<ChangeView> changes) {
        return new JobView(job.id, job.status, job.done, job.total, job.affected, job.startedBy, job.startedAt,
                job.finishedAt, job.failure, changes);
    }
}
