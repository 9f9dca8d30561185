package nl.totalservice.onboarding.lead.onboarding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.totalservice.onboarding.lead.lead.DomainRecord;
import nl.totalservice.onboarding.lead.lead.OrderConfirmation;
import nl.totalservice.onboarding.lead.lead.StartPlan;
import nl.totalservice.onboarding.lead.lead.rest.CallerIdentity;
import nl.totalservice.onboarding.lead.lead.rest.LeadView;
import nl.totalservice.onboarding.lead.lead.rest.LeadViews;
import nl.totalservice.onboarding.lead.onboarding.OnboardingService;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import nl.totalservice.onboarding.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.util.UUID;

/**
 * Onboarding steps 4 to 7. Every response is the lead (with its {@code onboarding} section) and
 * its ETag; every refusal of a step out of order is a 409 with {@code currentState} and {@code nextStep}.
 */
@Path("/api/leads/{id}/onboarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Onboarding", description = "Steps 4 to 7: domain, order confirmation, mandatory documents, start")
@APIResponse(responseCode = "200", description = "Done; the lead with its onboarding section and new version")
@APIResponse(responseCode = "404", description = "No lead with this id (or no such document on its checklist)")
@APIResponse(responseCode = "409", description = "Not possible now: step out of order, partner not confirmed yet, "
        + "step already completed or lead closed (`currentState`, `nextStep`, `completedSteps`)")
@APIResponse(responseCode = "412", description = IfMatch.STALE)
public class OnboardingResource {

    private static final String LEAD_ID = "The lead's id";
    private static final String CODE = "The document's code on the checklist, e.g. ENGAGEMENT_LETTER";

    private final OnboardingService onboarding;
    private final CallerIdentity caller;
    private final LeadViews views;
    private final Clock clock;

    public OnboardingResource(OnboardingService onboarding, CallerIdentity caller, LeadViews views, Clock clock) {
        this.onboarding = onboarding;
        this.caller = caller;
        this.views = views;
        this.clock = clock;
    }

    @POST
    @Path("/domain")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR})
    @Operation(operationId = "recordDomain",
            summary = "Step 4: domain created or changed", description = "Records the customer's domain in the "
            + "bookkeeping software: its identifier, whether it was created or an existing one changed, by whom and "
            + "when. Possible once the customer is interested, once. Publishes OnboardingStepCompleted (DOMAIN).")
    @RequestBody(description = "The domain", required = true)
    public RestResponse<LeadView> domain(@Parameter(description = LEAD_ID) @PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                           @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Valid @NotNull OnboardingRequests.DomainRequest request) {
        DomainRecord domain = new DomainRecord(request.identifier().strip(), request.action(),
                request.performedBy() == null || request.performedBy().isBlank() ? caller.id() : request.performedBy().strip(),
                request.performedAt() == null ? clock.instant() : request.performedAt());
        return views.ok(onboarding.recordDomain(id, domain, IfMatch.expectedVersion(ifMatch), caller.id()));
    }

    @POST
    @Path("/order-confirmation")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR})
    @Operation(operationId = "recordOrderConfirmation",
            summary = "Step 5: order confirmation received", description = "Records the signed order confirmation "
            + "(date signed, document reference, signatory). Needs the confirmed partner and step 4; once. Opens "
            + "step 6 with the configured documents checklist. Publishes OnboardingStepCompleted (ORDER_CONFIRMATION).")
    @RequestBody(description = "The order confirmation", required = true)
    public RestResponse<LeadView> orderConfirmation(@Parameter(description = LEAD_ID) @PathParam("id") UUID id,
                                      @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER,
                                              description = IfMatch.DESCRIPTION)
                                      @HeaderParam(IfMatch.HEADER) String ifMatch,
                                      @Valid @NotNull OnboardingRequests.OrderConfirmationRequest request) {
        OrderConfirmation order = new OrderConfirmation(request.signedOn(), request.documentReference().strip(),
                OnboardingRequests.clean(request.signatoryName()));
        return views.ok(onboarding.confirmOrder(id, order, IfMatch.expectedVersion(ifMatch), caller.id()));
    }

    @POST
    @Path("/documents/{code}/receipt")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR})
    @Operation(operationId = "receiveDocument",
            summary = "Step 6: document received", description = "The customer handed in a document of the "
            + "checklist (also again after a rejection). Needs step 5.")
    @RequestBody(description = "Where it is filed")
    public RestResponse<LeadView> receive(@Parameter(description = LEAD_ID) @PathParam("id") UUID id,
                            @Parameter(description = CODE) @PathParam("code") String code,
                            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                            @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid OnboardingRequests.DocumentReceiptRequest request) {
        var body = request == null ? new OnboardingRequests.DocumentReceiptRequest(null, null) : request;
        return views.ok(onboarding.receiveDocument(id, code, OnboardingRequests.clean(body.reference()),
                OnboardingRequests.clean(body.note()), IfMatch.expectedVersion(ifMatch), caller.id()));
    }

    @POST
    @Path("/documents/{code}/approval")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR})
    @Operation(operationId = "approveDocument",
            summary = "Step 6: document approved", description = "A received document is approved. When every "
            + "required document is approved, step 6 completes (OnboardingStepCompleted, MANDATORY_DOCUMENTS).")
    @RequestBody(description = "An optional note")
    public RestResponse<LeadView> approve(@Parameter(description = LEAD_ID) @PathParam("id") UUID id,
                            @Parameter(description = CODE) @PathParam("code") String code,
                            @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                            @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Valid OnboardingRequests.DocumentApprovalRequest request) {
        String note = request == null ? null : OnboardingRequests.clean(request.note());
        return views.ok(onboarding.approveDocument(id, code, note, IfMatch.expectedVersion(ifMatch), caller.id()));
    }

    @POST
    @Path("/documents/{code}/rejection")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR})
    @Operation(operationId = "rejectDocument",
            summary = "Step 6: document rejected", description = "A received document is not acceptable; the "
            + "reason says why. The customer can hand it in again (receipt).")
    @RequestBody(description = "Why", required = true)
    public RestResponse<LeadView> reject(@Parameter(description = LEAD_ID) @PathParam("id") UUID id,
                           @Parameter(description = CODE) @PathParam("code") String code,
                           @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                           @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Valid @NotNull OnboardingRequests.DocumentRejectionRequest request) {
        return views.ok(onboarding.rejectDocument(id, code, request.reason().strip(), IfMatch.expectedVersion(ifMatch),
                caller.id()));
    }

    @PUT
    @Path("/start")
    @RolesAllowed({Roles.SALES, Roles.COORDINATOR})
    @Operation(operationId = "scheduleStart",
            summary = "Step 7: schedule or reschedule the start", description = "Sets when the customer starts "
            + "with the partner. The first time needs step 6, completes step 7 and the onboarding: publishes "
            + "OnboardingStepCompleted (START_SCHEDULED) and LeadOnboarded (once). Later calls reschedule (a reason "
            + "is required), also after onboarding, and publish OnboardingStartRescheduled.")
    @RequestBody(description = "The start", required = true)
    public RestResponse<LeadView> start(@Parameter(description = LEAD_ID) @PathParam("id") UUID id,
                          @Parameter(in = ParameterIn.HEADER, name = IfMatch.HEADER, description = IfMatch.DESCRIPTION)
                          @HeaderParam(IfMatch.HEADER) String ifMatch,
                          @Valid @NotNull OnboardingRequests.StartRequest request) {
        StartPlan plan = new StartPlan(request.startAt(), request.mode(), OnboardingRequests.clean(request.note()));
        return views.ok(onboarding.scheduleStart(id, plan, OnboardingRequests.clean(request.reason()),
                IfMatch.expectedVersion(ifMatch), caller.id()));
    }
}
