package nl.totalservice.onboarding.notification.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.notification.intake.ParkedEvents;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/parked-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery log", description = "Which message went to whom for which event; retry of failed ones")
public class ParkedEventsResource {

    private static final int LIMIT = 500;

    private final ParkedEvents parked;

    public ParkedEventsResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @RolesAllowed(Roles.OPS)
    @Operation(summary = "List events waiting for a partner",
            description = "Events (TaskAssigned, TaskOverdue) for a partner whose contact details we do not have "
                    + "yet, oldest first (at most 500). Each is turned into its notifications as soon as the "
                    + "partner's PartnerRegistered (or a PartnerUpdated with an email address) arrives.")
    @APIResponse(responseCode = "200", description = "The waiting events")
    public List<ParkedEventView> list() {
        return parked.list(LIMIT).stream().map(p -> new ParkedEventView(p.eventId(), p.eventType(), p.partnerId(),
                p.occurredAt(), p.parkedAt())).toList();
    }
}
