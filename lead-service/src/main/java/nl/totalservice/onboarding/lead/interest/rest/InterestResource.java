package nl.totalservice.onboarding.lead.interest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.lead.interest.InterestService;
import nl.totalservice.onboarding.lead.lead.rest.CallerIdentity;
import nl.totalservice.onboarding.lead.lead.rest.LeadView;
import nl.totalservice.onboarding.lead.lead.rest.LeadViews;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

/** The customer's interest in the total service. */
@Path("/api/leads/{id}/interest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interest", description = "Whether the customer wants the total service, and if not why not")
public class InterestResource {

    private final InterestService interest;
    private final CallerIdentity caller;
    private final LeadViews views;

    public InterestResource(InterestService interest, CallerIdentity caller, LeadViews views) {
        this.interest = interest;
        this.caller = caller;
        this.views = views;
    }

    @PUT
    @RolesAllowed(Roles.SALES)
    @Operation(operationId = "recordInterest",
            summary = "Record or revise the interest decision", description = "Records whether the customer is "
            + "interested. Not interested needs a reason (and OTHER a note); interested takes no reason. Each call "
            + "adds a revision (kept with who and when) and publishes LeadInterestRecorded with the routing input; "
            + "interested makes partner-service choose a partner. Possible until a partner is confirmed.")
    @RequestBody(description = "The decision", required = true)
    @APIResponse(responseCode = "200", description = "Recorded; the lead with its new decision and version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "404", description = "No lead with this id")
    @APIResponse(responseCode = "409", description = "The decision can no longer change (partner confirmed, lead "
            + "closed), or the customer is already recorded as interested (`currentState`)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public RestResponse<LeadView> record(@Parameter(description = "The lead's id") @PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                           @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Valid @NotNull InterestRequest request) {
        return views.ok(interest.record(id, request.toDecision(), IfMatch.expectedVersion(ifMatch), caller.id()));
    }

    @GET
    @Path("/revisions")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "listInterestRevisions",
            summary = "Interest decision history", description = "Every interest decision recorded for the lead, "
            + "oldest first, with who recorded it and when.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "404", description = "No lead with this id")
    public List<InterestRevisionView> revisions(@Parameter(description = "The lead's id") @PathParam("id") UUID id) {
        return interest.history(id).stream().map(InterestRevisionView::of).toList();
    }
}
