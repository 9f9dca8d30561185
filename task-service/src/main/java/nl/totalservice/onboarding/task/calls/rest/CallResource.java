package nl.totalservice.onboarding.task.calls.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import nl.totalservice.onboarding.task.calls.CallService;
import nl.totalservice.onboarding.task.followup.CallStatus;
import nl.totalservice.onboarding.task.followup.rest.CallView;
import nl.totalservice.onboarding.task.followup.rest.TaskViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Phone calls to partners that urgent assignments need: the coordinator's (or owner's) call list. */
@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.SALES})
@Tag(name = "Coordinator")
public class CallResource {

    private static final String CALL_ID_EXAMPLE = "0f8b6c1e-6a4d-4a57-9d7c-2b8e1f3a4c5d";

    private final CallService calls;
    private final TaskViews views;
    private final Caller caller;

    public CallResource(CallService calls, TaskViews views, Caller caller) {
        this.calls = calls;
        this.views = views;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listCalls",
            summary = "Calls to make", description = "Calls to partners, the ones due first, with the partner's phone "
            + "number and the customer for context. By default the OPEN ones.")
    public Page<CallView> list(
            @Parameter(description = "OPEN (default), DONE or CLOSED", example = "OPEN",
                    schema = @Schema(implementation = CallStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only calls this person must make (email)", example = "carla@totalservice.nl")
            @QueryParam("assignee") String assignee,
            @Parameter(description = Paging.PAGE_DESCRIPTION, example = "0") @QueryParam("page") String page,
            @Parameter(description = Paging.SIZE_DESCRIPTION, example = "20") @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        CallStatus wanted = status == null || status.isBlank() ? CallStatus.OPEN
                : QueryParams.enumValue("status", status, CallStatus.class);
        String who = QueryParams.text("assignee", assignee);
        return TaskViews.page(calls.list(wanted, who, paging.page(), paging.size(), views::calls));
    }

    @GET
    @Path("/{callId}")
    @Operation(operationId = "getCall",
            summary = "Read a call", description = "The call with its attempts.")
    @APIResponse(responseCode = "200", description = "The call")
    @APIResponse(responseCode = "404", description = "No such call")
    public CallView get(@Parameter(description = "Call id", example = CALL_ID_EXAMPLE) @PathParam("callId") UUID callId) {
        return calls.get(callId, views::call);
    }

    @POST
    @Path("/{callId}/outcome")
    @Operation(operationId = "recordCallOutcome",
            summary = "Record a call's outcome", description = "REACHED closes the call; NO_ANSWER makes it due again "
            + "after the configured wait; CALL_BACK makes it due at callBackAt. Publishes TaskCallRecorded.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "The call is DONE or CLOSED (currentState)")
    public CallView record(@Parameter(description = "Call id", example = CALL_ID_EXAMPLE) @PathParam("callId") UUID callId,
                               @Valid @NotNull CallOutcomeRequest body) {
        String note = QueryParams.text("note", body.note());
        return calls.record(callId, body.outcome(), body.callBackAt(), note, caller.id(), views::call);
    }
}
