package nl.totalservice.onboarding.task.sales.rest;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import nl.totalservice.onboarding.task.followup.CancelReason;
import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.TaskFilter;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import nl.totalservice.onboarding.task.followup.TaskType;
import nl.totalservice.onboarding.task.followup.rest.TaskView;
import nl.totalservice.onboarding.task.followup.rest.TaskViews;
import nl.totalservice.onboarding.task.sales.NewTask;
import nl.totalservice.onboarding.task.sales.SalesTaskService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Sales' side: open a task by hand, follow progress (by lead, by owner, with history), call a task off. */
@Path("/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Follow-up tasks: opened by hand or from partner matching; sales follows progress here")
public class TaskResource {

    private final SalesTaskService tasks;
    private final TaskViews views;
    private final Caller caller;

    public TaskResource(SalesTaskService tasks, TaskViews views, Caller caller) {
        this.tasks = tasks;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.SALES)
    @Operation(operationId = "createTask",
            summary = "Open a follow-up task by hand",
            description = "Sales opens a task for a lead, naming its own suggested partner and notes. The task enters the "
                    + "coordinator's queue and TaskCreated is published. A lead task-service has not heard of yet is "
                    + "accepted (sales is responsible for the lead id): the answer then has leadDetailsKnown=false and "
                    + "the details appear once lead-service publishes the lead.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The lead already has an open task of this type (existingId, existing "
            + "point at it), or the suggested partner is inactive")
    public Response create(@Valid @NotNull CreateTaskRequest body) {
        NewTask command = new NewTask(body.type() == null ? TaskType.LEAD_FOLLOW_UP : body.type(), body.leadId(),
                body.suggestedPartnerId(), body.notes().strip(), Boolean.TRUE.equals(body.urgent()), body.dueAt(),
                body.owner() == null ? null : new Owner(body.owner().email(), body.owner().name()));
        TaskView created = tasks.openByHand(command, caller.id(), caller.email(), views::full);
        return Response.created(UriBuilder.fromResource(TaskResource.class).path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "listTasks",
            summary = "List tasks (sales' progress view)",
            description = "Tasks by lead, by owner, by status, urgency, type, assigned partner or overdue, newest first, each with "
                    + "its full history. Filters combine (AND).")
    public Page<TaskView> list(
            @Parameter(description = "Only this lead's tasks", example = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f")
            @QueryParam("leadId") String leadId,
            @Parameter(description = "Only tasks of this owner (sales email, case-insensitive)",
                    example = "sanne.devries@totalservice.nl")
            @QueryParam("owner") String owner,
            @Parameter(description = "Only these statuses (repeat or comma-separate)", example = "ASSIGNED,ACCEPTED",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TaskStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Only urgent (true) or non-urgent (false) tasks", example = "true")
            @QueryParam("urgent") String urgent,
            @Parameter(description = "Only this kind of task", example = "LEAD_FOLLOW_UP",
                    schema = @Schema(implementation = TaskType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only tasks assigned to this partner", example = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
            @QueryParam("partnerId") String partnerId,
            @Parameter(description = "Only tasks whose partner let the accept deadline pass (true) or not (false)",
                    example = "true")
            @QueryParam("overdue") String overdue,
            @Parameter(description = Paging.PAGE_DESCRIPTION, example = "0") @QueryParam("page") String page,
            @Parameter(description = Paging.SIZE_DESCRIPTION, example = "20") @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        TaskFilter filter = new TaskFilter(QueryParams.uuid("leadId", leadId), QueryParams.text("owner", owner),
                QueryParams.enumValues("status", status, TaskStatus.class), QueryParams.bool("urgent", urgent),
                QueryParams.enumValue("type", type, TaskType.class), QueryParams.uuid("partnerId", partnerId),
                QueryParams.bool("overdue", overdue), null);
        return TaskViews.page(tasks.search(filter, paging.page(), paging.size(), views::full));
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "getTask",
            summary = "Read a task", description = "The task with its lead details, partners, calls and full history.")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", description = "No such task")
    public TaskView get(@Parameter(description = "Task id", example = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f")
                            @PathParam("taskId") UUID taskId) {
        return tasks.get(taskId, views::full);
    }

    @POST
    @Path("/{taskId}/cancellation")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR})
    @Operation(operationId = "cancelTask",
            summary = "Call a task off",
            description = "Cancels a task that is not COMPLETED or CANCELLED (reason CANCELLED_BY_SALES or "
                    + "CANCELLED_BY_COORDINATOR from your role). Open calls close; TaskCancelled names the partner who had it.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such task")
    @APIResponse(responseCode = "409", description = "Already COMPLETED or CANCELLED (currentState)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public TaskView cancel(@Parameter(description = "Task id", example = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f")
                               @PathParam("taskId") UUID taskId,
                               @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"")
                               @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @Valid @NotNull CancelRequest body) {
        CancelReason reason = caller.hasRole(Roles.COORDINATOR) ? CancelReason.CANCELLED_BY_COORDINATOR
                : CancelReason.CANCELLED_BY_SALES;
        return tasks.cancel(taskId, reason, body.note().strip(), IfMatch.expectedVersion(ifMatch), caller.id(), views::full);
    }
}
