package nl.totalservice.onboarding.partner.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.totalservice.onboarding.partner.geography.Pc4;
import nl.totalservice.onboarding.partner.matching.DecisionJson;
import nl.totalservice.onboarding.partner.matching.MatchDecision;
import nl.totalservice.onboarding.partner.matching.MatchingService;
import nl.totalservice.onboarding.partner.matching.backtest.BacktestReport;
import nl.totalservice.onboarding.partner.matching.backtest.Backtests;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Matching decisions: read them, ask for one, or preview one for a hypothetical lead. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Which partner serves a customer: customer's wish, then region, then distribution, explained")
public class MatchingResource {

    private final MatchingService matching;
    private final DecisionJson json;
    private final Backtests backtests;

    public MatchingResource(MatchingService matching, DecisionJson json, Backtests backtests) {
        this.matching = matching;
        this.json = json;
        this.backtests = backtests;
    }

    @GET
    @Path("/leads/{leadId}/decisions")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "listLeadDecisions",
            summary = "Decisions for a lead", description = "Every decision made for the lead, newest first.")
    @APIResponse(responseCode = "200", description = "The decisions, newest first", content = @Content(
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = DecisionView.class)))
    @APIResponse(responseCode = "404", description = "The lead is unknown here")
    public List<DecisionView> ofLead(@Parameter(description = "Lead id", example = "7d1f9a2e-3b4c-4d5e-8f6a-7b8c9d0e1f2a")
                                     @PathParam("leadId") UUID leadId) {
        return matching.ofLead(leadId).stream().map(this::view).toList();
    }

    @POST
    @Path("/leads/{leadId}/decisions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "requestDecision",
            summary = "Ask for a decision", description = "Decides (again) for a known lead with the current "
            + "partners, excluding partners that declined it; stores and publishes it (trigger REQUESTED). The lead's "
            + "open assignment moves to the chosen partner.")
    @APIResponse(responseCode = "201", description = "Decided",
            headers = @Header(name = "Location", description = "URL of the decision", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "404", description = "The lead is unknown here (no interest recorded)")
    @APIResponse(responseCode = "409", description = "The lead is a customer, not interested or withdrawn (see currentState)")
    public Response request(@Parameter(description = "Lead id", example = "7d1f9a2e-3b4c-4d5e-8f6a-7b8c9d0e1f2a")
                            @PathParam("leadId") UUID leadId, @Context UriInfo uri) {
        MatchDecision decision = matching.request(leadId);
        return Response.created(uri.getBaseUriBuilder().path("api/decisions").path(decision.id().toString()).build())
                .entity(view(decision)).build();
    }

    @GET
    @Path("/decisions/{decisionId}")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "getDecision",
            summary = "Get a decision", description = "One decision with its full explanation and inputs.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such decision")
    public DecisionView get(@Parameter(description = "Decision id", example = "0b7e2c1d-6a2f-4d8e-9c3b-1f2e3d4c5b6a")
                            @PathParam("decisionId") UUID decisionId) {
        return matching.find(decisionId).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Decision", decisionId));
    }

    @POST
    @Path("/matching/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "previewDecision",
            summary = "Preview a decision", description = "The decision the service would make now for a "
            + "hypothetical lead (postcode or coordinates, wish, excluded partners, day), with the same partners "
            + "and rules; nothing is stored or published.")
    public DecisionView preview(@Valid @NotNull PreviewRequest request) {
        if (request.wishKind() != null && request.wishPartnerId() == null) {
            throw ProblemException.invalidField("wishPartnerId", "is required with wishKind");
        }
        String pc4 = request.postcode() == null ? null : Pc4.of(request.postcode()).orElseThrow();
        return DecisionView.of(matching.preview(new MatchingService.Hypothesis(pc4,
                request.location() == null ? null : request.location().toPoint(), request.wishPartnerId(),
                request.wishKind(), request.excludedPartnerIds(), request.day())));
    }

    @POST
    @Path("/matching/backtest")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.OPS})
    @Operation(operationId = "backtestRoutingPolicy",
            summary = "Backtest a routing policy", description = "What-if: replays stored decisions (the newest "
            + "`last`, default 1000, or those made in [from, to); at most 10,000) under the live policy and a proposed "
            + "one (margins, margin mode, relative to capacity, default service-area radius, widening) and reports both "
            + "side by side: how many decisions change (with examples), average and 95th-percentile km from customer "
            + "to partner, the spread of leads over the active partners (most, fewest, share with none) and the "
            + "decisions per rule. Replay: each stored decision's lead (location, PC4, province, wish, decliners, day) "
            + "is decided again, oldest first, against today's partners, starting from their current customers and "
            + "open assignments; each replayed match adds an open assignment to its partner. Deterministic for the "
            + "same data. Nothing is stored or published.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = BacktestReport.class)))
    @APIResponse(responseCode = "400", description = "A bad selection (last out of range, last with a period, an "
            + "incomplete or reversed period, a period with too many decisions) or policy (e.g. widening not ascending)")
    public BacktestReport backtest(@Valid BacktestRequest request) {
        BacktestRequest body = request == null ? new BacktestRequest(null, null, null, null, null) : request;
        return backtests.run(new Backtests.Selection(body.last(), body.from(), body.to()),
                body.policy() == null ? null : body.policy().toProposal(),
                body.examples() == null ? 10 : body.examples());
    }

    private DecisionView view(MatchDecision decision) {
        return DecisionView.of(decision, json.read(decision));
    }
}
