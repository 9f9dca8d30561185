package nl.totalservice.onboarding.partner.registry.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.totalservice.onboarding.partner.geography.ServiceAreaConfig;
import nl.totalservice.onboarding.partner.registry.BusinessCalendar;
import nl.totalservice.onboarding.partner.registry.Partner;
import nl.totalservice.onboarding.partner.registry.PartnerRegistry;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.http.QueryParams;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.platform.web.security.Caller;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The partner registry over HTTP: the coordinator writes; sales, coordinator, partners and ops read. */
@Path("/api/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Partner accounting firms: contact, office, capacity and availability")
public class PartnerResource {

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 200;

    private final PartnerRegistry registry;
    private final Caller caller;
    private final BusinessCalendar calendar;
    private final double defaultRadiusKm;

    public PartnerResource(PartnerRegistry registry, Caller caller, BusinessCalendar calendar,
                           ServiceAreaConfig serviceAreas) {
        this.registry = registry;
        this.caller = caller;
        this.calendar = calendar;
        this.defaultRadiusKm = serviceAreas.defaultRadiusKm();
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "registerPartner",
            summary = "Register a partner", description = "Registers a partner firm. Without a location its "
            + "coordinates are the centre of its postcode's PC4 area (GeoNames gazetteer). Without a serviceArea it "
            + "serves the default radius (partner.matching.service-area.default-radius-km, 40 km) around its office. "
            + "A bad PC4 range or an unknown province is a 400 naming the field. Publishes PartnerRegistered.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag point at it",
            headers = {@Header(name = "Location", description = "URL of the new partner", schema = @Schema(implementation = String.class)),
                    @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(implementation = String.class))},
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "409", description = "A partner with this email exists (see existingId)")
    @APIResponse(responseCode = "422", description = "No location is given and the gazetteer cannot place the postcode "
            + "(problem type postcode-not-placeable: the PC4 is not in it, or no gazetteer is loaded)")
    public Response register(@Valid @NotNull PartnerRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Partner partner = registry.register(request.toDetails(),
                request.activeCustomers() == null ? 0 : request.activeCustomers(), caller.id());
        return Response.created(uri.getAbsolutePathBuilder().path(partner.id().toString()).build())
                .tag(IfMatch.tag(partner.version()))
                .entity(PartnerView.full(partner, calendar.today(), defaultRadiusKm))
                .build();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.PARTNER, Roles.OPS})
    @Operation(operationId = "listPartners",
            summary = "List partners", description = "Partners by name, filtered by active flag and name. "
            + "Partner users see other firms restricted to id, name, city and active.")
    public Page<PartnerView> list(
            @Parameter(description = "Only active (true) or inactive (false) partners", example = "true")
            @QueryParam("active") String active,
            @Parameter(description = "Part of the firm name, any case", example = "noord")
            @QueryParam("q") String nameContains,
            @Parameter(description = Paging.PAGE_DESCRIPTION, example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to " + MAX_PAGE_SIZE + " (default " + DEFAULT_PAGE_SIZE + ")", example = "50")
            @QueryParam("size") String size) {
        return registry.list(QueryParams.bool("active", active), QueryParams.text("q", nameContains),
                Paging.of(page, size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)).map(this::view);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "getMyPartner",
            summary = "My partner firm", description = "The full record of the partner firm named in the caller's token.")
    @APIResponse(responseCode = "200", description = "Your firm",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "The token's partner firm is not registered")
    public Response me() {
        return read(caller.partnerId());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.PARTNER, Roles.OPS})
    @Operation(operationId = "getPartner",
            summary = "Get a partner", description = "The partner with its ETag (version). Partner users get "
            + "their own firm in full and other firms restricted.")
    @APIResponse(responseCode = "200", description = "The partner",
            headers = @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    public Response get(@Parameter(description = "Partner id", example = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
                        @PathParam("id") UUID id) {
        return read(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "replacePartner",
            summary = "Replace a partner", description = "Replaces what the coordinator maintains (everything but "
            + "the customer count), the service area included: the next decision uses it. If-Match with the ETag from GET "
            + "is optional and honoured when sent (412 when the partner changed since; * means any version). "
            + "Publishes PartnerUpdated (with serviceArea).")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "409", description = "Another partner has this email")
    @APIResponse(responseCode = "422", description = "No location is given and the gazetteer cannot place the postcode "
            + "(problem type postcode-not-placeable: the PC4 is not in it, or no gazetteer is loaded)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    public Response replace(@Parameter(description = "Partner id", example = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
                            @PathParam("id") UUID id,
                            @Parameter(description = IfMatch.DESCRIPTION, example = "\"3\"",
                                    schema = @Schema(type = SchemaType.STRING))
                            @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid @NotNull PartnerRequest request) {
        Long expected = IfMatch.expectedVersion(ifMatch);
        if (request.activeCustomers() != null) {
            throw ProblemException.invalidField("activeCustomers",
                    "can only be given at registration; afterwards it follows the leads (onboarded, withdrawn)");
        }
        Partner partner = registry.update(id, expected, request.toDetails(), caller.id());
        return Response.ok(PartnerView.full(partner, calendar.today(), defaultRadiusKm)).tag(IfMatch.tag(partner.version())).build();
    }

    private Response read(UUID id) {
        Partner partner = registry.get(id);
        PartnerView view = view(partner);
        Response.ResponseBuilder response = Response.ok(view);
        return view.restricted() ? response.build() : response.tag(IfMatch.tag(partner.version())).build();
    }

    private PartnerView view(Partner partner) {
        boolean otherFirm = caller.hasRole(Roles.PARTNER) && !caller.hasRole(Roles.COORDINATOR)
                && !caller.partnerIdIfPresent().map(partner.id()::equals).orElse(false);
        return otherFirm ? PartnerView.restricted(partner) : PartnerView.full(partner, calendar.today(), defaultRadiusKm);
    }
}
