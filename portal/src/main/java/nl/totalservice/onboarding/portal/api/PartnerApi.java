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
import nl.totalservice.onboarding.portal.api.PartnerModels.DecisionView;
import nl.totalservice.onboarding.portal.api.PartnerModels.FairnessReport;
import nl.totalservice.onboarding.portal.api.PartnerModels.PartnerRequest;
import nl.totalservice.onboarding.portal.api.PartnerModels.PartnerView;

import java.util.UUID;

import static jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION;

/** partner-service's public API, the parts the portal uses. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PartnerApi {

    /** The service's name, as a page says it when the service is not available. */
    String SERVICE = "partner-service";

    @GET
    @Path("/api/partners")
    Page<PartnerView> partners(@HeaderParam(AUTHORIZATION) String bearer, @QueryParam("active") Boolean active,
                               @QueryParam("size") int size);

    @GET
    @Path("/api/partners/{id}")
    PartnerView partner(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    @POST
    @Path("/api/partners")
    PartnerView register(@HeaderParam(AUTHORIZATION) String bearer, PartnerRequest body);

    @PUT
    @Path("/api/partners/{id}")
    PartnerView replace(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("id") UUID id, PartnerRequest body);

    @GET
    @Path("/api/decisions/{decisionId}")
    DecisionView decision(@HeaderParam(AUTHORIZATION) String bearer, @PathParam("decisionId") UUID decisionId);

    @GET
    @Path("/api/reports/fairness")
    FairnessReport fairness(@HeaderParam(AUTHORIZATION) String bearer);
}
