package nl.totalservice.onboarding.lead.timeline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.lead.timeline.TimelineService;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Sales' progress view of a lead. */
@Path("/api/leads/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Sales' view of everything that happened to a lead")
public class TimelineResource {

    private final TimelineService timeline;

    public TimelineResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "getLeadTimeline",
            summary = "A lead's progress view", description = "Everything that happened to the lead, in order: "
            + "its own changes (registration, interest decisions, partner confirmation, onboarding steps, "
            + "documents, withdrawal) and the other services' events about it (routing decisions, follow-up task "
            + "created / assigned / accepted / declined / completed, calls, notifications). Each event appears "
            + "once, also when it was delivered twice.")
    @APIResponse(responseCode = "200", description = "The progress view")
    @APIResponse(responseCode = "404", description = "No lead with this id")
    public TimelineView timeline(@Parameter(description = "The lead's id") @PathParam("id") UUID id) {
        return new TimelineView(id, timeline.of(id).stream().map(TimelineView.Entry::of).toList());
    }
}
