package nl.totalservice.onboarding.task.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import nl.totalservice.onboarding.task.followup.rest.TaskViews;
import nl.totalservice.onboarding.task.portal.PartnerTaskService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The partner portal. The partner is always the one in the caller's token ({@code partner_id}); no
 * endpoint takes a partner id. Another partner's task answers 404, as if it did not exist.
 */
@Path("/api/portal/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner portal", description = "A partner's own tasks: accept, decline, report contact, complete. The partner "
        + "comes from the token; other partners' tasks do not exist here (404).")
public class PortalResource {

    private static final String TASK_ID_EXAMPLE = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f";
    private static final String NOT_YOURS = "No such task among yours (another partner's task, or a task of a lead "
            + "you declined, answers the same)";

    private final PartnerTaskService tasks;
    private final TaskViews views;
    private final Caller caller;

    public PortalResource(PartnerTaskService tasks, TaskViews views, Caller caller) {
        this.tasks = tasks;
        this.views = views;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyTasks",
            summary = "My tasks", description = "Tasks assigned to your firm (including completed and cancelled ones), "
            + "newest first; the customer's contact person (name, email, phone) only on the tasks you accepted. "
            + "Tasks of a lead you declined are never listed.")
    public Page<PortalTaskView> list(
            @Parameter(description = "Only these statuses (repeat or comma-separate)", example = "ASSIGNED",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TaskStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = Paging.PAGE_DESCRIPTION, example = "0") @QueryParam("page") String page,
            @Parameter(description = Paging.SIZE_DESCRIPTION, example = "20") @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return TaskViews.page(tasks.list(caller.partnerId(), QueryParams.enumValues("status", status, TaskStatus.class),
                paging.page(), paging.size(), this::view));
    }

    @GET
    @Path("/{taskId}")
    @Operation(operationId = "getMyTask",
            summary = "One of my tasks", description = "The task; the customer's contact person (name, email, "
            + "phone) once you accepted it. A task of a lead you declined answers 404.")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    public PortalTaskView get(@Parameter(description = "Task id", example = TASK_ID_EXAMPLE) @PathParam("taskId") UUID taskId) {
        return tasks.get(caller.partnerId(), taskId, this::view);
    }

    @POST
    @Path("/{taskId}/acceptance")
    @Operation(operationId = "acceptTask",
            summary = "Accept a task", description = "You will contact the customer: the answer carries the "
            + "contact person's name, email and phone. Publishes TaskAccepted; an open phone call about it closes.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    @APIResponse(responseCode = "409", description = "Not ASSIGNED (currentState)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public PortalTaskView accept(@Parameter(description = "Task id", example = TASK_ID_EXAMPLE) @PathParam("taskId") UUID taskId,
                             @Parameter(description = IfMatch.DESCRIPTION, example = "\"2\"")
                             @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return tasks.accept(caller.partnerId(), taskId, IfMatch.expectedVersion(ifMatch), caller.id(), this::view);
    }

    @POST
    @Path("/{taskId}/decline")
    @Operation(operationId = "declineTask",
            summary = "Decline a task", description = "The task goes back to the coordinator's queue without you "
            + "(TaskDeclined); partner-service then suggests another partner. The answer shows the task as it left you "
            + "(status OPEN); after that it is no longer among your tasks.")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    @APIResponse(responseCode = "409", description = "Not ASSIGNED (currentState)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public PortalTaskView decline(@Parameter(description = "Task id", example = TASK_ID_EXAMPLE) @PathParam("taskId") UUID taskId,
                              @Parameter(description = IfMatch.DESCRIPTION, example = "\"2\"")
                              @HeaderParam(IfMatch.HEADER) String ifMatch,
                              @Valid @NotNull DeclineRequest body) {
        return tasks.decline(caller.partnerId(), taskId, body.reason(), QueryParams.text("note", body.note()), IfMatch.expectedVersion(ifMatch),
                caller.id(), this::view);
    }

    @POST
    @Path("/{taskId}/customer-contact")
    @Operation(operationId = "reportCustomerContact",
            summary = "Report contact with the customer", description = "After accepting; may be reported more than "
            + "once. Publishes TaskCustomerContacted.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    @APIResponse(responseCode = "409", description = "Not ACCEPTED or CUSTOMER_CONTACTED (currentState)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public PortalTaskView contacted(@Parameter(description = "Task id", example = TASK_ID_EXAMPLE) @PathParam("taskId") UUID taskId,
                                @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"")
                                @HeaderParam(IfMatch.HEADER) String ifMatch,
                                @Valid @NotNull CustomerContactRequest body) {
        return tasks.recordCustomerContact(caller.partnerId(), taskId, body.contactedAt(), body.channel(),
                QueryParams.text("note", body.note()), IfMatch.expectedVersion(ifMatch), caller.id(), this::view);
    }

    @POST
    @Path("/{taskId}/completion")
    @Operation(operationId = "completeTask",
            summary = "Complete a task", description = "After accepting, with an outcome. Publishes TaskCompleted.")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    @APIResponse(responseCode = "409", description = "Not ACCEPTED or CUSTOMER_CONTACTED (currentState)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public PortalTaskView complete(@Parameter(description = "Task id", example = TASK_ID_EXAMPLE) @PathParam("taskId") UUID taskId,
                               @Parameter(description = IfMatch.DESCRIPTION, example = "\"4\"")
                               @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @Valid @NotNull CompleteRequest body) {
        return tasks.complete(caller.partnerId(), taskId, body.outcome(), QueryParams.text("note", body.note()), IfMatch.expectedVersion(ifMatch),
                caller.id(), this::view);
    }

    private PortalTaskView view(FollowUpTask task) {
        return views.one(task, PortalTaskView::of);
    }

    private List<PortalTaskView> view(List<FollowUpTask> tasks) {
        return views.map(tasks, PortalTaskView::of);
    }
}
