package nl.totalservice.onboarding.notification.delivery.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.notification.delivery.DeliveryLogFilter;
import nl.totalservice.onboarding.notification.delivery.DeliveryLogService;
import nl.totalservice.onboarding.notification.delivery.Notification;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery log", description = "Which message went to whom for which event; retry of failed ones")
public class DeliveryLogResource {

    private final DeliveryLogService log;
    private final Caller caller;

    public DeliveryLogResource(DeliveryLogService log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPS, Roles.SALES})
    @Operation(summary = "List notifications",
            description = "Newest first, filtered by any combination of the parameters. Ops sees every "
                    + "notification; a sales person sees only those about leads it owns (owner.email).")
    @APIResponse(responseCode = "200", description = "One page of the delivery log")
    public NotificationPage list(
            @Parameter(description = "Recipient email address (case-insensitive)", example = "info@boekhoudingnoord.nl")
            @QueryParam("recipient") String recipient,
            @Parameter(description = "Id (ce_id) of the event that caused the notifications",
                    example = "7f0c2f7e-1d2b-4c55-8a3e-2b6f9d1e4a77")
            @QueryParam("sourceEventId") String sourceEventId,
            @Parameter(description = "Lead id", example = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7")
            @QueryParam("leadId") String leadId,
            @Parameter(description = "Task id", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
            @QueryParam("taskId") String taskId,
            @Parameter(description = "Partner id", example = "9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")
            @QueryParam("partnerId") String partnerId,
            @Parameter(description = "Delivery state: PENDING, SENDING, SENT or FAILED", example = "FAILED")
            @QueryParam("status") String status,
            @Parameter(description = "Kind: TASK_ASSIGNED, URGENT_CALL, OVERDUE_REMINDER, OVERDUE_ESCALATION, "
                    + "TASK_DECLINED or NO_PARTNER_AVAILABLE", example = "URGENT_CALL")
            @QueryParam("kind") String kind,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", example = "20") @QueryParam("size") String size) {
        DeliveryLogFilter filter = new DeliveryLogFilter(blankToNull(recipient), blankToNull(sourceEventId),
                QueryParams.uuid("leadId", leadId), QueryParams.uuid("taskId", taskId),
                QueryParams.uuid("partnerId", partnerId), QueryParams.status(status), QueryParams.kind(kind), null);
        if (!caller.hasRole(Roles.OPS)) {
            filter = filter.withOwner(caller.email());
        }
        int pageNumber = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 20, 1, 200);
        DeliveryLogService.Result result = log.search(filter, pageNumber, pageSize);
        return new NotificationPage(result.items().stream().map(NotificationSummary::of).toList(), pageNumber,
                pageSize, result.total(), (result.total() + pageSize - 1) / pageSize);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPS, Roles.SALES})
    @Operation(summary = "Get one notification",
            description = "The message as sent (subject, text, HTML) and its delivery history. A sales person "
                    + "sees only notifications about leads it owns.")
    @APIResponse(responseCode = "200", description = "The notification")
    @APIResponse(responseCode = "404", description = "No such notification (or not one of the caller's leads)")
    public NotificationDetail get(
            @Parameter(description = "Notification id", example = "0b9d7a52-3c1e-4f7e-9a44-5d2a7f3e8c11")
            @PathParam("id") String id) {
        UUID notificationId = QueryParams.uuid("id", id);
        return log.find(notificationId)
                .filter(this::visibleToCaller)
                .map(NotificationDetail::of)
                .orElseThrow(() -> ProblemException.notFound("Notification", notificationId));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.OPS)
    @Operation(summary = "Retry a failed notification",
            description = "Re-queues a FAILED notification with a fresh set of attempts; the sender picks it up "
                    + "at once. A message to a partner (TASK_ASSIGNED, OVERDUE_REMINDER) goes to the partner's "
                    + "current address: if the partner's email was corrected since (PartnerUpdated), `recipient` "
                    + "becomes the corrected one. Refused for a notification that is SENT or still waiting to be sent.")
    @APIResponse(responseCode = "200", description = "Re-queued: the notification, now PENDING")
    @APIResponse(responseCode = "404", description = "No such notification")
    @APIResponse(responseCode = "409", description = "Not FAILED (SENT, PENDING or SENDING); see currentState")
    public NotificationDetail retry(
            @Parameter(description = "Notification id", example = "0b9d7a52-3c1e-4f7e-9a44-5d2a7f3e8c11")
            @PathParam("id") String id) {
        return NotificationDetail.of(log.retry(QueryParams.uuid("id", id), caller.email()));
    }

    private boolean visibleToCaller(Notification notification) {
        return caller.hasRole(Roles.OPS) || (notification.ownerEmail() != null
                && notification.ownerEmail().equals(Notification.normalise(caller.email())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
