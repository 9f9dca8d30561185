package nl.totalservice.onboarding.task.queue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import nl.totalservice.onboarding.task.followup.rest.TaskView;
import nl.totalservice.onboarding.task.followup.rest.TaskViews;
import nl.totalservice.onboarding.task.queue.AssignmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The coordinator assigns a queued task to a partner. */
@Path("/api/tasks/{taskId}/assignment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coordinator")
public class AssignmentResource {

    private final AssignmentService assignments;
    private final TaskViews views;
    private final Caller caller;

    public AssignmentResource(AssignmentService assignments, TaskViews views, Caller caller) {
        this.assignments = assignments;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "assignTask",
            summary = "Assign a task to a partner",
            description = "Gives an OPEN task to an active partner; a partner other than the suggestion needs an "
                    + "overrideReason. Sets the accept deadline (shorter when urgent) and publishes TaskAssigned with "
                    + "everything the partner's notification needs. An urgent task also opens a phone call to the "
                    + "partner (TaskCallRequested). Of two coordinators assigning at once, one wins; the other gets 409 "
                    + "with currentState ASSIGNED.")
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "404", description = "No such task")
    @APIResponse(responseCode = "409", description = "The task is not OPEN (currentState), the partner is inactive "
            + "(partner-inactive) or declined this task or an earlier task of the lead (partner-declined): a partner "
            + "never gets a lead it declined")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public TaskView assign(@Parameter(description = "Task id", example = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f")
                               @PathParam("taskId") UUID taskId,
                               @Parameter(description = IfMatch.DESCRIPTION, example = "\"1\"")
                               @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @Valid @NotNull AssignRequest body) {
        return assignments.assign(taskId, body.partnerId(), body.overrideReason(), IfMatch.expectedVersion(ifMatch), caller.id(),
                views::full);
    }
}
