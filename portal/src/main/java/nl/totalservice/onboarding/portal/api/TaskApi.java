package nl.totalservice.onboarding.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.portal.api.TaskModels.AssignRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.CallOutcomeRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.CallView;
import nl.totalservice.onboarding.portal.api.TaskModels.CompleteRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.CustomerContactRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.DeclineRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.PortalTaskView;
import nl.totalservice.onboarding.portal.api.TaskModels.QueueItemView;
import nl.totalservice.onboarding.portal.api.TaskModels.TaskView;

import java.util.UUID;

import static jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION;

/** task-service's public API, the parts the portal uses. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TaskApi {

    /** The service's name, as a page says it when the service is not available. */
    String SERVICE = "task-service";

    @GET
    @Path("/api/portal/tasks")
    Page<PortalTaskView> myTasks(@HeaderParam(AUTHORIZATION) String bearer, @QueryParam("status") String status,
                                 @QueryParam("size") int size);

    @GET
    @Path("/api/portal/tasks/{taskId}")
    PortalTaskView myTask(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("taskId") UUID taskId);

    @POST
    @Path("/api/portal/tasks/{taskId}/acceptance")
    PortalTaskView accept(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("taskId") UUID taskId);

    @POST
    @Path("/api/portal/tasks/{taskId}/decline")
    PortalTaskView decline(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("taskId") UUID taskId,
                           DeclineRequest body);

    @POST
    @Path("/api/portal/tasks/{taskId}/customer-contact")
    PortalTaskView recordContact(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("taskId") UUID taskId,
                                 CustomerContactRequest body);

    @POST
    @Path("/api/portal/tasks/{taskId}/completion")
    PortalTaskView complete(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("taskId") UUID taskId,
                            CompleteRequest body);

    @GET
    @Path("/api/queue")
    Page<QueueItemView> queue(@HeaderParam(AUTHORIZATION) String bearer, @QueryParam("declined") Boolean declined,
                              @QueryParam("size") int size);

    @GET
    @Path("/api/tasks")
    Page<TaskView> tasks(@HeaderParam(AUTHORIZATION) String bearer, @QueryParam("status") String status,
                         @QueryParam("leadId") UUID leadId, @QueryParam("overdue") Boolean overdue,
                         @QueryParam("size") int size);

    @GET
    @Path("/api/tasks/{taskId}")
    TaskView task(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("taskId") UUID taskId);

    @POST
    @Path("/api/tasks/{taskId}/assignment")
    TaskView assign(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("taskId") UUID taskId, AssignRequest body);

    @GET
    @Path("/api/calls")
    Page<CallView> calls(@HeaderParam(AUTHORIZATION) String bearer, @QueryParam("status") String status,
                         @QueryParam("size") int size);

    @POST
    @Path("/api/calls/{callId}/outcome")
    CallView recordCall(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("callId") UUID callId,
                        CallOutcomeRequest body);
}
