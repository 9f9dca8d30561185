package nl.totalservice.onboarding.task.portal.rest;

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
import nl.totalservice.onboarding.platform.web.http.QueryParams;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import nl.totalservice.onboarding.task.followup.rest.TaskView;
import nl.totalservice.onboarding.task.followup.rest.TaskViews;
import nl.totalservice.onboarding.task.portal.PartnerTaskService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The coordinator records the assigned partner's decline for them (said on the phone, say). */
@Path("/api/tasks/{taskId}/partner-decline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coordinator")
public class PartnerDeclineResource {

    private final PartnerTaskService partnerTasks;
    private final TaskViews views;
    private final Caller caller;

    public PartnerDeclineResource(PartnerTaskService partnerTasks, TaskViews views, Caller caller) {
        this.partnerTasks = partnerTasks;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordPartnerDecline",
            summary = "Record the assigned partner's decline",
            description = "For a partner who declines by phone or email instead of in the portal: exactly the "
                    + "partner's own decline (the task goes back to the queue without that partner, TaskDeclined, "
                    + "partner-service decides again, the owner hears it), with you as the one who declined "
                    + "(`declinedBy`). Only an ASSIGNED task, before the partner accepted it, and only for the partner "
                    + "it is assigned to now.")
    @APIResponse(responseCode = "200", description = "Declined; the task is OPEN again")
    @APIResponse(responseCode = "404", description = "No such task")
    @APIResponse(responseCode = "409", description = "The task is not ASSIGNED (currentState), or is assigned to "
            + "another partner than `partnerId` (partner-not-assigned, `assignedPartnerId`)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public TaskView decline(@Parameter(description = "Task id", example = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f")
                                @PathParam("taskId") UUID taskId,
                                @Parameter(description = IfMatch.DESCRIPTION, example = "\"2\"")
                                @HeaderParam(IfMatch.HEADER) String ifMatch,
                                @Valid @NotNull PartnerDeclineRequest body) {
        return partnerTasks.declineOnBehalf(taskId, body.partnerId(), body.reason(), QueryParams.text("note", body.note()),
                IfMatch.expectedVersion(ifMatch), caller.id(), views::full);
    }
}
