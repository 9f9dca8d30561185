package nl.totalservice.onboarding.notification.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.notification.intake.ParkedEvents;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/parked-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery log", description = "Which message went to whom for which event; retry of failed ones")
public class ParkedEventsResource {

    /** Ops wants every waiting event at a glance: a page holds up to 500. */
    private static final int DEFAULT_SIZE = 500;
    private static final int MAX_SIZE = 500;

    private final ParkedEvents parked;

    public ParkedEventsResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @RolesAllowed(Roles.OPS)
    @Operation(operationId = "listParkedEvents",
            summary = "List events waiting for a partner",
            description = "Events (TaskAssigned, TaskOverdue) for a partner whose contact details we do not have "
                    + "yet, oldest first. Each is turned into its notifications as soon as the partner's "
                    + "PartnerRegistered (or a PartnerUpdated with an email address) arrives.")
    @APIResponse(responseCode = "200", description = "One page of the waiting events: {items, page, size, totalItems, "
            + "totalPages}")
    public Page<ParkedEventView> list(
            @Parameter(description = Paging.PAGE_DESCRIPTION, example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500 (default 500)", example = "500")
            @QueryParam("size") String size) {
        return parked.list(Paging.of(page, size, DEFAULT_SIZE, MAX_SIZE)).map(p -> new ParkedEventView(p.eventId(),
                p.eventType(), p.partnerId(), p.occurredAt(), p.parkedAt()));
    }
}
