package nl.totalservice.onboarding.portal.api;

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
import nl.totalservice.onboarding.portal.api.LeadModels.DocumentRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.DomainRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.InterestReport;
import nl.totalservice.onboarding.portal.api.LeadModels.InterestRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.LeadRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.LeadSummaryView;
import nl.totalservice.onboarding.portal.api.LeadModels.LeadView;
import nl.totalservice.onboarding.portal.api.LeadModels.OrderConfirmationRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.ReferenceData;
import nl.totalservice.onboarding.portal.api.LeadModels.StartRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.Timeline;

import java.util.UUID;

import static jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION;

/** lead-service's public API, the parts the portal uses. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface LeadApi {

    /** The service's name, as a page says it when the service is not available. */
    String SERVICE = "lead-service";

    @GET
    @Path("/api/leads")
    Page<LeadSummaryView> leads(@HeaderParam(AUTHORIZATION) String bearer, @QueryParam("size") int size);

    @POST
    @Path("/api/leads")
    LeadView register(@HeaderParam(AUTHORIZATION) String bearer, LeadRequest body);

    @GET
    @Path("/api/leads/{id}")
    LeadView lead(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    @PUT
    @Path("/api/leads/{id}/interest")
    LeadView recordInterest(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id, InterestRequest body);

    @GET
    @Path("/api/leads/{id}/timeline")
    Timeline timeline(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    @POST
    @Path("/api/leads/{id}/onboarding/domain")
    LeadView domain(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id, DomainRequest body);

    @POST
    @Path("/api/leads/{id}/onboarding/order-confirmation")
    LeadView orderConfirmation(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id,
                               OrderConfirmationRequest body);

    @POST
    @Path("/api/leads/{id}/onboarding/documents/{code}/receipt")
    LeadView documentReceived(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id,
                              @PathParam("code") String code, DocumentRequest body);

    @POST
    @Path("/api/leads/{id}/onboarding/documents/{code}/approval")
    LeadView documentApproved(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id,
                              @PathParam("code") String code, DocumentRequest body);

    @PUT
    @Path("/api/leads/{id}/onboarding/start")
    LeadView start(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id, StartRequest body);

    @GET
    @Path("/api/reference-data")
    ReferenceData referenceData(@HeaderParam(AUTHORIZATION) String bearer);

    @GET
    @Path("/api/reports/interest")
    InterestReport interestReport(@HeaderParam(AUTHORIZATION) String bearer);
}
