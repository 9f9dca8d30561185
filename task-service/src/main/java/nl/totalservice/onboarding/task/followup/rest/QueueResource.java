package nl.totalservice.onboarding.task.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.platform.web.security.Roles;
import nl.totalservice.onboarding.task.followup.AssignmentService;
import nl.totalservice.onboarding.task.followup.TaskType;
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
    @Operation(summary = "The queue", description = "Open tasks nobody has: urgent first, then oldest first. Each shows the "
            + "suggested partner (null: pick by hand) and the partners who declined it (they cannot be assigned again).")
    public PageResponse<QueueItem> queue(
            @Parameter(description = "Only urgent (true) or non-urgent (false) tasks", example = "true")
            @QueryParam("urgent") String urgent,
            @Parameter(description = "Only this kind of task", example = "LEAD_FOLLOW_UP",
                    schema = @Schema(implementation = TaskType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") String size) {
        Params.Paging paging = Params.Paging.of(page, size);
        return PageResponse.of(assignments.queue(Params.bool(urgent, "urgent"),
                Params.enumValue(TaskType.class, type, "type"), paging.page(), paging.size(), views::queue));
    }
}
