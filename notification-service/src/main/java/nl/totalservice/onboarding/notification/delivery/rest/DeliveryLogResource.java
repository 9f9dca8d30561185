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
import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import nl.totalservice.onboarding.notification.delivery.NotificationStatus;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
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

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 200;
    /** A path id that is not a UUID (blank included) names no notification: JAX-RS answers 404, never 500. */
    private static final String NOTIFICATION_ID = "Notification id (a UUID; anything else is a 404)";

    private final DeliveryLogService log;
    private final Caller caller;

    public DeliveryLogResource(DeliveryLogService log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPS, Roles.SALES})
    @Operation(operationId = "listNotifications",
            summary = "List notifications",
            description = "Newest first, filtered by any combination of the parameters. Ops sees every "
                    + "notification; a sales person sees only those about leads it owns (owner.email).")
    @APIResponse(responseCode = "200", description = "One page of the delivery log: {items, page, size, totalItems, "
            + "totalPages}")
    public Page<NotificationSummaryView> list(
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
            @Parameter(description = Paging.PAGE_DESCRIPTION, example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", example = "20") @QueryParam("size") String size) {
        DeliveryLogFilter filter = new DeliveryLogFilter(QueryParams.text("recipient", recipient),
                QueryParams.text("sourceEventId", sourceEventId), QueryParams.uuid("leadId", leadId),
                QueryParams.uuid("taskId", taskId), QueryParams.uuid("partnerId", partnerId),
                QueryParams.enumValue("status", status, NotificationStatus.class),
                QueryParams.enumValue("kind", kind, NotificationKind.class), null);
        if (!caller.hasRole(Roles.OPS)) {
            filter = filter.withOwner(caller.email());
        }
        return log.search(filter, Paging.of(page, size, DEFAULT_SIZE, MAX_SIZE)).map(NotificationSummaryView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPS, Roles.SALES})
    @Operation(operationId = "getNotification",
            summary = "Get one notification",
            description = "The message as sent (subject, text, HTML) and its delivery history. A sales person "
                    + "sees only notifications about leads it owns.")
    @APIResponse(responseCode = "200", description = "The notification")
    @APIResponse(responseCode = "404", description = "No such notification (or not one of the caller's leads), "
            + "or an id that is not a UUID")
    public NotificationDetailView get(
            @Parameter(description = NOTIFICATION_ID, example = "0b9d7a52-3c1e-4f7e-9a44-5d2a7f3e8c11")
            @PathParam("id") UUID id) {
        return log.find(id)
                .filter(this::visibleToCaller)
                .map(NotificationDetailView::of)
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.OPS)
    @Operation(operationId = "retryNotification",
            summary = "Retry a failed notification",
            description = "Re-queues a FAILED notification with a fresh set of attempts; the sender picks it up "
                    + "at once. A message to a partner (TASK_ASSIGNED, OVERDUE_REMINDER) goes to the partner's "
                    + "current address: if the partner's email was corrected since (PartnerUpdated), `recipient` "
                    + "becomes the corrected one. Refused for a notification that is SENT or still waiting to be sent.")
    @APIResponse(responseCode = "200", description = "Re-queued: the notification, now PENDING")
    @APIResponse(responseCode = "404", description = "No such notification, or an id that is not a UUID")
    @APIResponse(responseCode = "409", description = "Not FAILED (SENT, PENDING or SENDING); see currentState")
    public NotificationDetailView retry(
            @Parameter(description = NOTIFICATION_ID, example = "0b9d7a52-3c1e-4f7e-9a44-5d2a7f3e8c11")
            @PathParam("id") UUID id) {
        return NotificationDetailView.of(log.retry(id, caller.email()));
    }

    private boolean visibleToCaller(Notification notification) {
        return caller.hasRole(Roles.OPS) || (notification.ownerEmail() != null
                && notification.ownerEmail().equals(Notification.normalise(caller.email())));
    }
}
