package nl.totalservice.onboarding.task.queue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
import nl.totalservice.onboarding.platform.web.security.Roles;
import nl.totalservice.onboarding.task.followup.TaskType;
import nl.totalservice.onboarding.task.followup.rest.TaskViews;
import nl.totalservice.onboarding.task.queue.AssignmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coordinator's queue of open, unassigned tasks. */
@Path("/api/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordinator", description = "The coordinator's queue, assignment and calls to partners")
public class QueueResource {

    private final AssignmentService assignments;
    private final TaskViews views;

    public QueueResource(AssignmentService assignments, TaskViews views) {
        this.assignments = assignments;
        this.views = views;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listQueue",
            summary = "The queue", description = "Open tasks nobody has: urgent first, then the least working time "
            + "left to sales' due time (tasks without one after those with one), then oldest first. Each shows the "
            + "suggested partner (null: pick by hand) and the partners who declined it (they cannot be assigned again).")
    public Page<QueueItemView> queue(
            @Parameter(description = "Only urgent (true) or non-urgent (false) tasks", example = "true")
            @QueryParam("urgent") String urgent,
            @Parameter(description = "Only this kind of task", example = "LEAD_FOLLOW_UP",
                    schema = @Schema(implementation = TaskType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only tasks a partner declined before (true) or none did (false)", example = "true")
            @QueryParam("declined") String declined,
            @Parameter(description = Paging.PAGE_DESCRIPTION, example = "0") @QueryParam("page") String page,
            @Parameter(description = Paging.SIZE_DESCRIPTION, example = "20") @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return TaskViews.page(assignments.queue(QueryParams.bool("urgent", urgent),
                QueryParams.enumValue("type", type, TaskType.class), QueryParams.bool("declined", declined), paging.page(), paging.size(), tasks -> views.map(tasks, QueueItemView::of)));
    }
}
