package nl.totalservice.onboarding.lead.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadState;
import nl.totalservice.onboarding.lead.lead.rest.CallerIdentity;
import nl.totalservice.onboarding.lead.lead.rest.LeadView;
import nl.totalservice.onboarding.lead.lead.rest.LeadViews;
import nl.totalservice.onboarding.lead.registration.LeadService;
import nl.totalservice.onboarding.lead.registration.ListingConfig;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
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
import java.util.Set;
import java.util.UUID;

/** Registering, reading, listing, correcting and withdrawing leads. */
@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leads", description = "Leads from first contact to onboarded customer")
public class LeadResource {

    static final String LEAD_ID = "The lead's id";

    private final LeadService leads;
    private final CallerIdentity caller;
    private final ListingConfig listing;
    private final LeadViews views;

    public LeadResource(LeadService leads, CallerIdentity caller, ListingConfig listing, LeadViews views) {
        this.leads = leads;
        this.caller = caller;
        this.listing = listing;
        this.views = views;
    }

    @POST
    @RolesAllowed(Roles.SALES)
    @Operation(operationId = "registerLead",
            summary = "Register a lead", description = "Registers a lead with its company, contact, address "
            + "(postcode normalised to 1234 AB), optional KvK number and position, owner (you, unless another is "
            + "named), source and the customer's wish for a partner. Publishes LeadRegistered. A lead with the same "
            + "KvK number as a lead that is not withdrawn, or with the same email address as an open lead, is "
            + "refused with 409 pointing at it; a company whose lead was withdrawn may be registered again.")
    @RequestBody(description = "The lead", required = true)
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name the new lead",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "409", description = "A lead for this company exists already: `existingId` and "
            + "`existing` point at it")
    public RestResponse<LeadView> register(@Valid @NotNull LeadRequest request, @Context UriInfo uri) {
        Lead lead = leads.register(request.toDetails(caller.asOwner()), caller.id());
        return RestResponse.ResponseBuilder.<LeadView>created(uri.getAbsolutePathBuilder().path(lead.id().toString())
                .build()).tag(IfMatch.tag(lead.version())).entity(views.of(lead)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "getLead",
            summary = "Get a lead", description = "The lead with its interest decision, partner and onboarding. "
            + "The ETag header carries its version for If-Match.")
    @APIResponse(responseCode = "200", description = "The lead",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "404", description = "No lead with this id")
    public RestResponse<LeadView> get(@Parameter(description = LEAD_ID) @PathParam("id") UUID id) {
        return views.ok(leads.get(id));
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "listLeads",
            summary = "List leads", description = "Leads newest first, a page at a time. Sales sees its own "
            + "leads unless it names another owner; coordinators and ops see all leads unless they name an owner.")
    @APIResponse(responseCode = "200", description = "One page of leads: {items, page, size, totalItems, totalPages}")
    public Page<LeadSummaryView> list(
            @Parameter(description = "Only leads in these states (repeat the parameter or separate with commas)",
                    examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "open",
                            value = "INTERESTED,PARTNER_CONFIRMED"))
            @QueryParam("state") List<String> states,
            @Parameter(description = "Only leads of this owner (email); default for sales: yourself",
                    example = "sanne.devries@totalservice.nl") @QueryParam("owner") String owner,
            @Parameter(description = "Page number, from 0", example = "0", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size (default 20, at most 100)", example = "20", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        Set<LeadState> stateFilter = QueryParams.enumValues("state", states, LeadState.class);
        String named = QueryParams.text("owner", owner);
        String ownerFilter = named != null ? named : caller.hasRole(Roles.SALES) ? caller.email() : null;
        Paging paging = Paging.of(page, size, listing.defaultPageSize(), listing.maxPageSize());
        return leads.list(ownerFilter, stateFilter, paging).map(LeadSummaryView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SALES)
    @Operation(operationId = "correctLead",
            summary = "Correct a lead", description = "Replaces the lead's registered details (send them all). "
            + "Publishes LeadUpdated with the full snapshot. Not possible once the lead is onboarded or withdrawn.")
    @RequestBody(description = "The lead's details", required = true)
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "404", description = "No lead with this id")
    @APIResponse(responseCode = "409", description = "Another (not withdrawn) lead has this KvK number or (open) email address, the "
            + "lead is closed (`currentState`), or someone changed it at the same moment")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public RestResponse<LeadView> correct(@Parameter(description = LEAD_ID) @PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                            @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull LeadRequest request) {
        return views.ok(leads.correct(id, request.toDetails(caller.asOwner()), IfMatch.expectedVersion(ifMatch),
                caller.id()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.SALES)
    @Operation(operationId = "withdrawLead",
            summary = "Withdraw a lead", description = "Closes the lead with a reason (a note is required for "
            + "OTHER). Publishes LeadWithdrawn. Not possible once onboarded or withdrawn. Afterwards its email "
            + "address may be registered again (its KvK number may not).")
    @RequestBody(description = "Why", required = true)
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "404", description = "No lead with this id")
    @APIResponse(responseCode = "409", description = "The lead is already onboarded or withdrawn (`currentState`)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public RestResponse<LeadView> withdraw(@Parameter(description = LEAD_ID) @PathParam("id") UUID id,
                             @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                             @HeaderParam(IfMatch.HEADER) String ifMatch,
                             @Valid @NotNull WithdrawalRequest request) {
        return views.ok(leads.withdraw(id, request.reason(), request.cleanNote(), IfMatch.expectedVersion(ifMatch),
                caller.id()));
    }
}
